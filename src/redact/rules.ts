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
}

export const FORMAT_RULES: readonly FormatRule[] = [
  { name: 'private_key', pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----|$)/g },
  { name: 'aws_access_key_id', pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g },
  { name: 'github_pat', pattern: /\bgithub_pat_[A-Za-z0-9_]{60,}\b/g },
  { name: 'github_token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g },
  { name: 'gitlab_token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}\b/g },
  { name: 'slack_token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
  { name: 'slack_webhook', pattern: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/]+/g },
  { name: 'stripe_key', pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b/g },
  { name: 'anthropic_key', pattern: /\bsk-ant-[A-Za-z0-9_-]{20,}/g },
  { name: 'openai_key', pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/g },
  { name: 'google_api_key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { name: 'npm_token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { name: 'jwt', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  // user:password@ inside any URL, database connection strings included; the host stays readable.
  { name: 'url_credentials', pattern: /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@'"]+:)([^\s@/'"]+)(?=@)/gi, keepPrefix: true },
  { name: 'authorization_header', pattern: /\b((?:proxy-)?authorization\s*[:=]\s*"?(?:bearer|basic|token|digest)?\s*)([^\s",;]+)/gi, keepPrefix: true },
  { name: 'bearer_token', pattern: /\b(bearer\s+)([A-Za-z0-9._~+/=-]{16,})/gi, keepPrefix: true },
];
