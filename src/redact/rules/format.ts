import { isPlaceholder, looksGenerated, looksSecretish } from './context.js';
/**
 * Format rules: credentials recognisable by their shape alone, wherever they appear. Each names
 * itself in the marker it leaves (`[REDACTED:github_pat]`), so a reader knows what was there
 * without seeing it. Order matters where shapes overlap: specific formats come first.
 *
 * A rule's `keywords` are lowercase literals every match contains (as in gitleaks): one pass of a
 * keyword automaton over a line says which rules can match it, and only those patterns run. `prefix`: the pattern is (?<keep>…)(?<secret>…) and only the
 * secret part is replaced, so "postgres://app:" or "Bearer " stay readable.
 */
export interface FormatRule {
  readonly name: string;
  readonly pattern: RegExp;
  /** Lowercase literals; every match contains one of them (empty: always try the pattern). */
  readonly keywords: readonly string[];
  readonly prefix?: boolean;
  /** A last look at a match (the secret part when `prefix`): false keeps it. */
  readonly accept?: (secret: string) => boolean;
}

/** Base64 (padded, as protocols send it) of text, in any script, that is not a word in capitals (an SMTP command). */
function decodesToText(b64: string): boolean {
  if (b64.length % 4 !== 0 || /^[A-Z]+$/.test(b64)) return false;
  const text = Buffer.from(b64, 'base64').toString('utf8');
  return text.length >= 3 && !/[\x00-\x1f\x7f\ufffd]/.test(text);
}

const rule = (name: string, keywords: string[], pattern: RegExp, prefix = false, accept?: (secret: string) => boolean): FormatRule => ({ name, keywords, pattern, prefix, accept });

// Boundaries that work for tokens embedded in JSON, URLs, quotes and key=value text.
const B = '(?<![A-Za-z0-9_])';
const E = '(?![A-Za-z0-9_])';
const re = (src: string, flags = 'g') => new RegExp(src, flags);

/**
 * The label of any armoured secret key, whoever made it: PRIVATE KEY (PEM, OpenSSH, PGP's PRIVATE
 * KEY BLOCK), OpenVPN's "Static key V1". Between `-----BEGIN ` / `-----END ` and `-----`; case-insensitive.
 */
export const KEY_ARMOUR = '(?:[A-Za-z0-9]+ )*(?:PRIVATE|SECRET|STATIC) KEY(?: BLOCK| V\\d+)?';

/** Base64 of an armoured private key: its first bytes decode to `-----BEGIN … PRIVATE KEY-----`. */
const ARMOUR_START = new RegExp(`^-----BEGIN ${KEY_ARMOUR}-----`, 'i');
const armouredInBase64 = (b64: string): boolean => ARMOUR_START.test(Buffer.from(b64.slice(0, 80), 'base64').toString('latin1'));

export const FORMAT_RULES: readonly FormatRule[] = [
  // Private keys: a whole PEM block on one line (or with literal \n as in JSON). Blocks split over
  // log lines are handled by the line redactor, which keeps state between lines.
  rule('private_key', ['private key', 'static key', 'secret key'], re(`-----BEGIN ${KEY_ARMOUR}-----[\\s\\S]*?(?:-----END ${KEY_ARMOUR}-----|$)`, 'gi')),
  // The same block base64-encoded, as Kubernetes secrets, App Store Connect and CI variables carry
  // it (`tls.key: LS0tLS1CRUdJTi…`): the encoding of `-----BEGIN ` starts it, the label decides.
  rule('private_key', ['ls0tls1crudjt'], /(?<![A-Za-z0-9+/])LS0tLS1CRUdJT[A-Za-z0-9+/]{40,}={0,2}/g, false, armouredInBase64),
  // Password hashes (crypt formats: htpasswd, /etc/shadow, bcrypt, argon2): crackable offline, so never shown.
  rule(
    'password_hash',
    ['$1$', '$5$', '$6$', '$apr1$', '$2a$', '$2b$', '$2y$', '$argon2', '$y$'],
    /(?<![\w$])\$(?:(?:1|5|6|apr1)\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,86}|2[aby]\$\d{2}\$[./A-Za-z0-9]{53}|argon2(?:id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]{8,}\$[A-Za-z0-9+/]{16,}|y\$[./A-Za-z0-9]+\$[./A-Za-z0-9]{1,64}\$[./A-Za-z0-9]{43})(?![\w./$])/g,
  ),
  rule('gcp_service_account_key_id', ['private_key_id'], /(?<keep>"private_key_id"\s*:\s*")(?<secret>[0-9a-f]{40})/g, true),

  // Cloud providers
  // The secret beside its key id, without a name: a credentials CSV row (`ci-deployer,,AKIA…,<secret>,https://…`),
  // a table, an export with the names on another line. Forty base64 characters of both cases and a
  // digit within a line's reach of an AWS key id are that key's secret. (Before the id's own rule,
  // which leaves a marker where the id was.)
  rule(
    'aws_secret_access_key',
    ['akia', 'asia'],
    // (The forty characters first: the look for the id, up to 200 characters away, only where they stand.)
    /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])(?:(?<=\b(?:AKIA|ASIA)[A-Z0-9]{16}\b[^\n]{0,200}?[A-Za-z0-9/+]{40})|(?=[^\n]{0,200}?\b(?:AKIA|ASIA)[A-Z0-9]{16}\b))/g,
    false,
    (secret) => /[a-z]/.test(secret) && /[A-Z]/.test(secret) && /\d/.test(secret),
  ),
  // The id and its secret joined by a colon, as Postfix's sasl_passwd holds SES's SMTP credentials (44 characters).
  rule('aws_secret_access_key', ['akia', 'asia'], /(?<keep>\b(?:AKIA|ASIA)[A-Z0-9]{16}:)(?<secret>[A-Za-z0-9/+]{40,64}={0,2})(?![A-Za-z0-9/+=])/g, true),
  rule('aws_access_key_id', ['akia', 'asia', 'abia', 'acca', 'agpa', 'aida', 'aroa', 'aipa', 'anpa', 'anva', 'apka'], re(`${B}(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}${E}`)),
  rule(
    'aws_secret_access_key',
    ['aws_secret', 'awssecret', 'secret_access', 'secretaccess', 'aws-secret'],
    /(?<keep>(?:aws_?secret_?access_?key|aws_?secret_?key|secret_?access_?key|aws_?secret)["']?\s*[:=]\s*["']?)(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi,
    true,
  ),
  rule('gcp_api_key', ['aiza'], re(`${B}AIza[0-9A-Za-z_-]{35}${E}`)),
  rule('google_oauth_client_secret', ['gocspx-'], re(`${B}GOCSPX-[A-Za-z0-9_-]{28}${E}`)),
  rule('google_oauth_token', ['ya29.'], re(`${B}ya29\\.[0-9A-Za-z_.-]{20,}`)),
  // (a refresh token: `1//0` then its body; the keyword's digits stand for any digit)
  rule('google_oauth_refresh_token', ['0//0'], re(`(?<![A-Za-z0-9_/])1//0[0-9A-Za-z_-]{40,}`)),
  rule('honeycomb_api_key', ['hcaik_', 'hcxik_', 'hcamk_', 'hcxmk_'], re(`${B}hc[ax][im]k_[a-z0-9]{32,}${E}`)),
  rule('azure_storage_key', ['accountkey='], /(?<keep>AccountKey=)(?<secret>[A-Za-z0-9+/=]{40,})/gi, true),
  rule('azure_sas_signature', ['sig='], /(?<keep>[?&;]sig=)(?<secret>[A-Za-z0-9%+/=]{30,})/gi, true),
  rule('azure_shared_access_key', ['sharedaccesskey='], /(?<keep>SharedAccessKey=)(?<secret>[A-Za-z0-9+/=]{30,})/gi, true),
  rule('azure_client_secret', ['q~'], re(`${B}[A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.-]{31,34}${E}`)),
  rule('alibaba_access_key_id', ['ltai'], re(`${B}LTAI[A-Za-z0-9]{20}${E}`)),
  // JFrog Artifactory API keys (`X-JFrog-Art-Api: AKCp…`), deprecated but still in CI scripts.
  rule('jfrog_api_key', ['akcp'], re(`${B}AKCp[A-Za-z0-9]{69}${E}`)),
  rule('digitalocean_token', ['dop_v1_', 'doo_v1_', 'dor_v1_'], re(`${B}do[opr]_v1_[a-f0-9]{64}${E}`)),
  rule('heroku_api_key', ['hrku-'], re(`${B}HRKU-[A-Za-z0-9_-]{60}${E}`)),

  // Version control and CI
  rule('github_pat', ['github_pat_'], re(`${B}github_pat_[A-Za-z0-9_]{60,}${E}`)),
  rule('github_classic_token', ['ghp_'], re(`${B}ghp_[A-Za-z0-9]{36,}${E}`)),
  rule('github_oauth_token', ['gho_'], re(`${B}gho_[A-Za-z0-9]{36,}${E}`)),
  rule('github_app_token', ['ghu_', 'ghs_'], re(`${B}gh[us]_[A-Za-z0-9]{36,}${E}`)),
  rule('github_refresh_token', ['ghr_'], re(`${B}ghr_[A-Za-z0-9]{36,}${E}`)),
  rule('gitlab_token', ['glpat-', 'glptt-', 'glrt-', 'gldt-', 'glcbt-', 'glsoat-', 'glffct-', 'glimt-', 'glagent-'], re(`${B}gl(?:pat|ptt|rt|dt|cbt|soat|ffct|imt|agent)-[A-Za-z0-9_-]{20,}${E}`)),
  rule('gitlab_runner_registration_token', ['gr1348941'], re(`${B}GR1348941[A-Za-z0-9_-]{20,}${E}`)),

  // Chat and webhooks
  rule('slack_token', ['xoxa-', 'xoxb-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-', 'xoxe-', 'xapp-'], re(`${B}(?:xox[abposre]-[A-Za-z0-9-]{10,}|xapp-\\d-[A-Za-z0-9-]{10,})`)),
  // Stream keys: the path segment after an RTMP application (`rtmp://a.rtmp.youtube.com/live2/KEY`,
  // `rtmps://…/app/KEY`) is the key that lets anyone broadcast on the channel; Twitch's keys by shape.
  rule('stream_key', ['rtmp://', 'rtmps://'], /(?<keep>\brtmps?:\/\/[^\s/"']+\/[^\s/"'?]+\/)(?<secret>[A-Za-z0-9_-]{12,}(?:\?[^\s"']*)?)/g, true, (k) => /\d/.test(k) && /[A-Za-z]/.test(k)),
  rule('stream_key', ['live_'], re(`${B}live_\\d{6,12}_[A-Za-z0-9]{24,40}${E}`)),
  // Backblaze B2 application keys (`K005…`, 31 characters) and Palo Alto PAN-OS API keys (`LUFRPT…`).
  rule('b2_application_key', ['k00'], re(`${B}K00\\d[A-Za-z0-9+/]{27}${E}`, 'g'), false, (k) => /[a-z]/.test(k) && /[A-Z].*[A-Z]/.test(k.slice(4))),
  rule('panos_api_key', ['lufrpt'], re(`${B}LUFRPT[A-Za-z0-9+/]{30,}={0,2}`)),
  // An API key in a URL's query (`?key=518895E0…`, Google's and Steam's web APIs): a generated or hex run only.
  rule('api_key_in_url', ['?key=', '&key=', '?apikey=', '&apikey=', '?api_key=', '&api_key='], /(?<keep>[?&](?:key|apikey|api_key)=)(?<secret>[A-Za-z0-9_-]{20,})(?=[&#\s"']|$)/gi, true, (k) => looksGenerated(k) || (/^[0-9A-Fa-f]{24,}$/.test(k) && /\d/.test(k) && /[A-Fa-f]/.test(k))),
  // One-time codes in the messages that deliver them (`804417 is your login code`, `G-804417 is your …`, `Your verification
  // code is 804417`): valid for minutes, and all it takes to pass a second factor in that time.
  rule('one_time_code', [' is your '], /(?<![\w-])(?<keep>(?:[A-Z]-)?)(?<secret>\d{4,8}|(?=[A-Z]*\d)[A-Z0-9]{6,8}|\d{3}-\d{3})(?= is your (?:[\w-]+ ){0,3}(?:code|otp|pin|passcode|password)\b)/gi, true),
  // (a recovery or backup code is written in groups of letters and digits: `4f7b2-9c1e8`, `ABCD-1234`)
  rule('one_time_code', [' code'], /(?<keep>\b(?:verification|login|log-in|sign-in|signin|security|one-time|confirmation|authentication|auth|access|otp|2fa|mfa|sms|passcode|recovery|backup|reset|activation|unlock|pairing) code(?: is)?:?[ \t]+)(?<secret>\d{4,8}|\d{3}-\d{3}|(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*-)[A-Za-z0-9]{3,10}(?:-[A-Za-z0-9]{3,10}){1,3})(?![\w-])/gi, true),
  // OAuth 2.0's authorization response (RFC 6749 4.1.2): the code beside its state (an opaque value
  // the client generated, eight characters or more: `state=CA` is a place) in a callback's query or
  // fragment, as proxies and access logs print it; it buys tokens until it is used.
  rule('oauth_authorization_code', ['code='], /(?<keep>[?&#]code=)(?<secret>[^&#\s"']{8,})(?:(?=[^\s"'#]*?[&#]state=[^&#\s"']{8,})|(?<=[?&#]state=[^&#\s"']{8,}(?:[&#][^\s"'&#]*)*?[&#]code=[^&#\s"']{8,}))/g, true, (k) => !isPlaceholder(k) && /\d/.test(k)),
  // SASL PLAIN (RFC 4616: [authzid] NUL user NUL password) as clients print the response they send,
  // the NULs escaped (`response='\x00app\x00s3cret'`, AMQP, SMTP, IMAP, Kafka): the last field of a
  // quoted string that holds these fields and nothing else.
  rule('sasl_plain_password', ['\\x00', '\\u0000'], /(?<=(?<q>['"]))(?<keep>[^\s'"\\]{0,128}(?:\\x00|\\u0000)[^\s'"\\-][^\s'"\\]{0,127}(?:\\x00|\\u0000))(?<secret>[^\s'"\\]{1,256})(?=\k<q>)/g, true),
  // A Redis ACL rule's password (`ACL SETUSER worker on >s3cret ~jobs:*`, also as MONITOR quotes each
  // argument: "on" ">s3cret"); `#<sha256>` is its hash, and stays.
  rule('redis_acl_password', ['setuser'], /(?<keep>\bSETUSER\b[^\n]*?[\s"']>)(?<secret>[^\s"'<>]{1,256})/gi, true),
  // A password typed where the login name goes, as sshd logs it back (`Invalid user Bl@ckbird77 from …`):
  // only a name written like a password (capitals, small letters, a digit and a symbol) goes.
  // A directory name then a quoted string, as every LDAP library's bind takes them (`simple_bind_s('cn=svc,dc=acme', 'x')`,
  // python-ldap's trace of the call's arguments): the string after the DN is its password.
  rule('ldap_bind_password', ['cn=', 'uid='], /(?<keep>(?<q1>['"])(?:cn|uid)=[^'"\n]{1,200}\k<q1>\s*,\s*(?<q2>['"]))(?<secret>[^'"\s]{4,128})(?=\k<q2>)/gi, true, (secret) => !secret.includes('=') && looksSecretish(secret) && !isPlaceholder(secret)),
  // A Source dedicated server's game server login token (Steam's GSLT), on its command line.
  rule('steam_game_server_token', ['sv_setsteamaccount'], /(?<keep>\bsv_setsteamaccount\s+)(?<secret>[0-9A-Fa-f]{32})(?![0-9A-Za-z])/g, true),
  // An API key as a URL's user with no password (`https://live_x…:@acme.chargebee.com`, Stripe's `sk_…:@`): generated, not a name.
  rule('url_credentials', [':@'], /(?<keep>\b[a-z][a-z0-9+.-]*:\/\/)(?<secret>[A-Za-z0-9_-]{20,200})(?=:@)/g, true, looksGenerated),
  rule('password_as_user_name', ['invalid user '], /(?<keep>\b[Ii]nvalid user\s+)(?<secret>\S{8,64})(?=\s+from\b)/g, true, looksSecretish),
  // The password a failed login gave, as mail servers' auth debugging prints it (Dovecot's
  // `Password mismatch (given: x)`, `(given password: x)`).
  rule('given_password', ['given:', 'given password:'], /(?<keep>\bpassword\b[^\n()]{0,40}\((?:given|tried|attempted|provided)(?: password)?:\s*)(?<secret>[^)\s]{1,128})(?=\))/gi, true, (k) => !isPlaceholder(k)),
  // Exim's authenticator comparing the password given with a literal (`server_condition = ${if eq{$auth2}{x}}`),
  // as its config and its failure messages print it.
  rule('exim_auth_literal', ['{$auth2}{', '{$auth3}{'], /(?<keep>\beq\{\$auth[23]\}\{)(?<secret>[^{}$]{1,128})(?=\})/g, true),
  rule('slack_webhook', ['hooks.slack.com'], /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]+/g),
  rule('discord_webhook', ['/api/webhooks/'], /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[A-Za-z0-9_-]+/g),
  rule('discord_bot_token', ['discord'], re(`${B}[MNO][A-Za-z0-9]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}${E}`)),
  // Telegram puts the token straight after "bot" in API URLs, so only digits may not precede it.
  rule('telegram_bot_token', [':aa'], re(`(?<![0-9])\\d{8,10}:AA[0-9A-Za-z_-]{33}${E}`)),
  rule('microsoft_teams_webhook', ['webhook.office.com'], /https:\/\/[a-z0-9-]+\.webhook\.office\.com\/[A-Za-z0-9@/_-]+/g),

  // Payments and commerce
  rule('stripe_key', ['_live_', '_test_', 'whsec_'], re(`${B}(?:(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}|whsec_[A-Za-z0-9]{24,})${E}`)),
  rule('square_token', ['sq0atp-', 'sq0csp-', 'eaaa'], re(`${B}(?:sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43}|EAAA[A-Za-z0-9_-]{60})${E}`)),
  rule('shopify_token', ['shpat_', 'shpss_', 'shpca_', 'shppa_'], re(`${B}shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}${E}`)),

  // Model providers
  rule('anthropic_key', ['sk-ant-'], re(`${B}sk-ant-(?:api|admin|sid)\\d{2}-[A-Za-z0-9_-]{20,}`)),
  rule('openai_key', ['sk-'], re(`${B}sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}`)),
  rule('huggingface_token', ['hf_'], re(`${B}hf_[A-Za-z0-9]{34,}${E}`)),
  rule('groq_key', ['gsk_'], re(`${B}gsk_[A-Za-z0-9]{48,}${E}`)),
  rule('replicate_token', ['r8_'], re(`${B}r8_[A-Za-z0-9]{37}${E}`)),
  rule('perplexity_key', ['pplx-'], re(`${B}pplx-[A-Za-z0-9]{48}${E}`)),
  rule('xai_key', ['xai-'], re(`${B}xai-[A-Za-z0-9]{80}${E}`)),

  // Package registries and developer platforms
  rule('npm_token', ['npm_'], re(`${B}npm_[A-Za-z0-9]{36}${E}`)),
  rule('pypi_token', ['pypi-'], re(`${B}pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}`)),
  rule('docker_hub_pat', ['dckr_pat_'], re(`${B}dckr_pat_[A-Za-z0-9_-]{27,}`)),
  rule('docker_registry_auth', ['"auth"'], /(?<keep>"auth"\s*:\s*")(?<secret>[A-Za-z0-9+/=]{8,})(?=")/g, true),
  rule('hashicorp_vault_token', ['hvs.', 'hvb.'], re(`${B}hv[sb]\\.[A-Za-z0-9_-]{24,}`)),
  rule('age_secret_key', ['age-secret-key-1'], /AGE-SECRET-KEY-1[0-9A-Z]{58}/g),
  // Laravel's APP_KEY as `php artisan key:generate` prints it: `base64:` and 32 bytes.
  rule('laravel_app_key', ['base64:'], /(?<keep>\bbase64:)(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/g, true),
  rule('postman_api_key', ['pmak-'], re(`${B}PMAK-[a-f0-9]{24}-[a-f0-9]{34}${E}`)),
  rule('databricks_token', ['dapi'], re(`${B}dapi[a-f0-9]{32}(?:-\\d)?${E}`)),
  rule('pulumi_token', ['pul-'], re(`${B}pul-[a-f0-9]{40}${E}`)),
  rule('doppler_token', ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'], re(`${B}dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,}`)),
  rule('linear_api_key', ['lin_api_'], re(`${B}lin_api_[A-Za-z0-9]{40}${E}`)),
  rule('newrelic_key', ['nrak-', 'nrii-'], re(`${B}NR(?:AK|II)-[A-Z0-9]{27,32}${E}`)),
  rule('sentry_token', ['sntrys_', 'sntryu_'], re(`${B}sntry[su]_[A-Za-z0-9+/=_]{40,}`)),
  rule('grafana_token', ['glsa_', 'glc_'], re(`${B}(?:glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,}={0,2})`)),

  // Messaging and e-mail services
  rule('twilio_api_key', ['sk'], re(`${B}SK[0-9a-fA-F]{32}${E}`)),
  rule('mapbox_secret_token', ['sk.eyj'], re(`${B}sk\\.eyJ[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{16,}${E}`)),
  rule('atlassian_api_token', ['atatt'], re(`${B}ATATT[A-Za-z0-9_=-]{100,}${E}`)),
  rule('dynatrace_token', ['dt0c01.'], re(`${B}dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}${E}`)),
  rule('sendgrid_key', ['sg.'], re(`${B}SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${E}`)),
  rule('mailgun_key', ['key-', 'mailgun'], re(`${B}(?:key-(?=[0-9a-z]*[0-9])[0-9a-z]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})${E}`)),
  rule('mailchimp_key', ['-us'], re(`${B}[0-9a-f]{32}-us\\d{1,2}${E}`)),

  // NATS: an nkey seed is `S` and the key's type (user, account, operator, server, cluster, curve),
  // then base32 whose third letter the encoding makes `A`; the public key (`U…`, `A…`) is not secret.
  rule('nats_nkey_seed', ['sua', 'saa', 'soa', 'sna', 'sca', 'sxa'], re(`${B}S[UAONCX]A[A-Z2-7]{55}${E}`)),

  // Wallets: an extended private key (BIP-32 `xprv…` and its SLIP-132 forms, testnet `tprv…`) and a
  // private key in Wallet Import Format (Base58Check, `5…` 51 characters, `K…`/`L…` 52): each spends
  // the funds. (`xpub…` is public.)
  rule('wallet_private_key', ['prv'], re(`${B}(?:[xyztuv]|[YZUV])prv[1-9A-HJ-NP-Za-km-z]{100,112}${E}`)),
  // (keywords: an uncompressed key's first letters; a compressed one's `K`/`L` is in every line, so the words around it)
  rule('wallet_private_key', ['5h', '5j', '5k', 'privkey', 'wif', 'wallet', 'bitcoin', 'btc', 'electrum', 'sweep'], re(`${B}(?:5[HJK][1-9A-HJ-NP-Za-km-z]{49}|[KL][1-9A-HJ-NP-Za-km-z]{51})${E}`), false, (k) => /[a-z]/.test(k) && /[A-Z].*[A-Z]/.test(k.slice(1)) && /\d/.test(k)),

  // Tokens of any issuer
  rule('jwt', ['eyj'], re(`${B}eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}`)),
  // Credentials inside URLs: database connection strings get their own name, any other scheme the generic one.
  rule(
    'connection_string',
    ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver', 'clickhouse', 'cockroachdb'],
    /(?<keep>\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|clickhouse|cockroachdb):\/\/[^\s:/@'"]*:)(?<secret>[^\s@/'"]+)(?=@)/gi,
    true,
  ),
  rule('url_credentials', ['://'], /(?<keep>\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@'"]+:)(?<secret>[^\s@/'"]+)(?=@)/gi, true),

  // HTTP headers
  // Any scheme (Bearer, Basic, SSWS, Api-Token, GenieKey, …): the scheme word stays, what follows it goes.
  // Digest: the credential is the `response` hash among the auth-params (username, realm, nonce are not).
  rule('authorization_header', ['authorization'], /(?<keep>\b(?:proxy-)?authorization["']?\s*[:=]\s*["']?Digest\s[^\n]*?\bresponse\s*=\s*"?)(?<secret>[0-9A-Fa-f]{16,128})/gi, true),
  rule('authorization_header', ['authorization'], /(?<keep>\b(?:proxy-)?authorization["']?\s*[:=]\s*["']?(?!Digest\s)(?:[A-Za-z][A-Za-z0-9_-]{1,30}\s+)?)(?<secret>[^\s"',;}]+(?:,\s*[A-Za-z]+=[^\s"',;}]+)*)/gi, true),
  // `Basic <base64>` wherever it is printed (proxy captures, dumps): a base64 blob with digits or
  // symbols and both cases, so that "basic configuration" stays prose.
  rule('basic_auth', ['basic '], /(?<keep>\b[Bb](?:asic|ASIC)\s+)(?<secret>(?=[A-Za-z0-9+/]*[0-9+/])(?=[A-Za-z0-9+/]*[A-Z])(?=[A-Za-z0-9+/]*[a-z])[A-Za-z0-9+/]{12,}={0,2})(?![A-Za-z0-9+/=])/g, true),
  // SMTP AUTH LOGIN in a client transcript: after the server's `334 VXNlcm5hbWU6` / `334 UGFzc3dvcmQ6`
  // prompts the client sends the user name and the password, each alone on its line in base64
  // (PHPMailer's `CLIENT -> SERVER:`, smtplib's `send: '…\r\n'`, the `C:` of other clients). A
  // command is a word (`STARTTLS`, `QUIT`); what decodes to printable text is the credential.
  rule('smtp_auth_login', ['client -> server:', "send: '", 'send: "', 'c: '], /(?<keep>(?:\bCLIENT -> SERVER:|\bsend: ['"]|(?<![\w-])C:)[ \t]*)(?<secret>[A-Za-z0-9+/]{6,}={0,2})(?=(?:\\r\\n)?['"]?[ \t]*$)/g, true, decodesToText),
  // Kerberos keys as `klist -k -K` prints a keytab: the encryption type, then the key itself in hex.
  rule('kerberos_key', ['-cts-', 'arcfour-hmac', 'des3-cbc', 'des-cbc'], /(?<keep>\((?:aes\d{3}-cts-hmac-sha\d+(?:-\d+)?|camellia\d{3}-cts-cmac|arcfour-hmac(?:-md5)?|des3-cbc-sha1(?:-kd)?|des-cbc-(?:crc|md5))\)\s*\(0x)(?<secret>[0-9A-Fa-f]{16,})(?=\))/g, true),
  // JSON Web Keys: the private members (d, p, q, dp, dq, qi, and k of a symmetric key).
  rule('jwk_private_key', ['"kty"'], /(?<keep>"(?:d|p|q|dp|dq|qi|k)"\s*:\s*")(?<secret>[A-Za-z0-9_-]{16,})/g, true),
  // Cookies: every value of the header (`Cookie: a=1; sid=x`) of eight characters or more, names
  // and Set-Cookie attributes kept; a short value (`lang=de`, `theme=dark`) or an empty one (a
  // cookie being cleared, `sid=""`) holds no credential.
  rule(
    'cookie_header',
    ['cookie'],
    /(?<keep>(?:\b(?:set-)?cookie["']?\s*:\s*["']?(?:[^\s=;"',]+=|(?![^\s=;"',]+=))|(?<=\bcookie["']?\s*:[^\r\n]*?);\s*(?!(?:expires|max-age|path|domain|samesite|secure|httponly|priority|partitioned)=)[^\s=;"',]+=))(?<secret>[^\s;"',})\\]{8,})/gi,
    true,
  ),
  // (not the next field of a record that names the scheme, `token_type=Bearer expires_in=3600`: a
  // token holds `=` only as padding at its end, never after a name in the middle)
  rule('bearer_token', ['bearer'], /(?<keep>\bbearer\s+)(?![A-Za-z_][\w.-]*=[^=\s])(?<secret>[A-Za-z0-9._~+/=-]{16,})/gi, true),
];
