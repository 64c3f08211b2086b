/**
 * Format rules: credentials recognisable by their shape alone, wherever they appear.
 * Each rule names itself in the marker it leaves (`[REDACTED:github_pat]`), so a reader knows
 * what was there without seeing it. Order matters: specific formats come before generic ones
 * so that the most telling name wins.
 */
export interface FormatRule {
  readonly name: string;
  readonly pattern: RegExp;
  /** The pattern matches (prefix)(secret): keep group 1, replace group 2. */
  readonly keepPrefix?: boolean;
  /**
   * A cheap, case-insensitive regex source that every match must contain. All anchors together
   * form one prefilter, so a line with no anchor costs one test instead of one pass per rule.
   */
  readonly anchor: string;
}

export const FORMAT_RULES: readonly FormatRule[] = [
  { name: 'private_key', pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----|$)/g, anchor: 'PRIVATE KEY' },
  { name: 'aws_access_key_id', pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g, anchor: 'A[KSBC][IC]A' },
  { name: 'github_pat', pattern: /\bgithub_pat_[A-Za-z0-9_]{60,}\b/g, anchor: 'github_pat_' },
  { name: 'github_token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g, anchor: 'gh[pousr]_' },
  { name: 'gitlab_token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}\b/g, anchor: 'glpat-' },
  { name: 'slack_token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g, anchor: 'xox[abposr]-' },
  { name: 'slack_webhook', pattern: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/]+/g, anchor: 'hooks\\.slack\\.com' },
  { name: 'stripe_key', pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b/g, anchor: '_(?:live|test)_' },
  { name: 'anthropic_key', pattern: /\bsk-ant-[A-Za-z0-9_-]{20,}/g, anchor: 'sk-ant-' },
  { name: 'openai_key', pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/g, anchor: 'sk-' },
  { name: 'google_api_key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g, anchor: 'AIza' },
  { name: 'npm_token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g, anchor: 'npm_' },
  { name: 'jwt', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, anchor: 'eyJ' },
  // user:password@ inside any URL, database connection strings included; the host stays readable.
  { name: 'url_credentials', pattern: /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@'"]+:)([^\s@/'"]+)(?=@)/gi, keepPrefix: true, anchor: '://' },
  { name: 'authorization_header', pattern: /\b((?:proxy-)?authorization\s*[:=]\s*"?(?:bearer|basic|token|digest)?\s*)([^\s",;]+)/gi, keepPrefix: true, anchor: 'authorization' },
  { name: 'bearer_token', pattern: /\b(bearer\s+)([A-Za-z0-9._~+/=-]{16,})/gi, keepPrefix: true, anchor: 'bearer' },
];

/** True when a string may hold something a format rule matches; false means it certainly does not. */
export const MAY_MATCH_FORMAT = new RegExp(FORMAT_RULES.map((r) => r.anchor).join('|'), 'i');
