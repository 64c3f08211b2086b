import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactText } from '../../src/redact/scrub.js';
import { ROOT } from '../helpers/client.js';

interface Rec { id: string; line: string; secret: string | null; secret_parts?: string[]; family?: string; kind?: string }

/**
 * Blind corpora: secrets and hard look-alikes written by someone who had not read the rules, each
 * measured once before any change for it (the honest estimate; bench:redaction prints it):
 * blind 87.0% recall / 0% benign changed, blind2 95.0% / 7.5%, blind3 96.7% / 1.7%, blind4 90.0% /
 * 15.0% (6.7% without address masking), blind5 94.4% / 11.7% (5.0% without addresses), blind6 91.1% /
 * 15.0% (6.7% without addresses), blind7 88.9% / 8.3% (5.0% without addresses), blind8 80.0% / 30.0%
 * (10.0% without addresses), blind9 92.2% / 0.0%, blind10 74.4% / 13.3%, blind11 75.6% / 15.0%
 * (6.7% without addresses), blind12 87.8% / 16.7%, blind13 92.2% / 5.0%, blind14 78.9% / 5.0%, blind15 95.6% / 6.7%, blind16 91.1% / 5.0%, blind17 94.4% / 3.3%, blind18 85.6% / 10.0% (3.3% without addresses), blind19 84.4% / 15.0% (5.0% without addresses), blind20 81.1% / 16.7% (5.0% without addresses), blind21 85.6% / 10.0%, blind22 80.0% / 1.7%, blind23 85.6% / 1.7%, blind24 83.3% / 0.0%, blind25 84.4% / 3.3%, blind26 87.8% / 8.3%, blind27 87.8% / 13.3% (5.0% without addresses), blind28 92.2% / 20.0% (13.3% without addresses), blind29 85.6% / 31.7% (13.3% without addresses), blind30 91.1% / 66.7% (10.0% without addresses). Their misses were mended by family afterwards, so they are
 * in-sample now and guard against regressions.
 */
const BLIND = ['blind.jsonl', 'blind2.jsonl', 'blind3.jsonl', 'blind4.jsonl', 'blind5.jsonl', 'blind6.jsonl', 'blind7.jsonl', 'blind8.jsonl', 'blind9.jsonl', 'blind10.jsonl', 'blind11.jsonl', 'blind12.jsonl', 'blind13.jsonl', 'blind14.jsonl', 'blind15.jsonl', 'blind16.jsonl', 'blind17.jsonl', 'blind18.jsonl', 'blind19.jsonl', 'blind20.jsonl', 'blind21.jsonl', 'blind22.jsonl', 'blind23.jsonl', 'blind24.jsonl', 'blind25.jsonl', 'blind26.jsonl', 'blind27.jsonl', 'blind28.jsonl', 'blind29.jsonl', 'blind30.jsonl'];
/** Corpora whose look-alikes hold addresses (masked by design): only a secret marker there is a fault. */
const WITH_ADDRESSES = new Set(['blind4.jsonl', 'blind5.jsonl', 'blind6.jsonl', 'blind7.jsonl', 'blind8.jsonl', 'blind10.jsonl', 'blind11.jsonl', 'blind18.jsonl', 'blind19.jsonl', 'blind20.jsonl', 'blind27.jsonl', 'blind28.jsonl', 'blind29.jsonl', 'blind30.jsonl']);

/**
 * Misses left as they are: no mechanism here would catch them without reading ordinary words as
 * secrets (blind4: a key named `simple` inside an `authentication` dict, an `appid` query value,
 * a Scala case class's third positional field; blind6: the password as the
 * third positional field of an Erlang record; blind7: Twilio's auth token as a constructor's
 * second argument beside the account SID; blind8: an HL7 MSH-8 security field, known by its position among pipes only, a
 * bare `key:` under
 * `encryption:` (a bare key is more often a cache key, an object key or a key id: tried, it
 * changed four look-alikes to catch two), an SMTP AUTH LOGIN exchange in base64, and a password as
 * the second column of Asterisk's `sip show users` table; blind9: a new password in a chat message
 * five words after the word password, and a password in a Markdown table row without its header;
 * blind10: a value before its label (`X is the signing secret`, `issued X - this is the one-time
 * password`), a JUnit assertion's expected value, a Scala case class and two CSV rows without
 * headers (the secret known by its position only);
 * blind11: an alarm panel's `code=`, an LTE subscriber's `k=`, a fixed-width, a delimited and a
 * table record and a Wowza password file line (position only), Orthanc's user-to-password map;
 * blind13: Honeycomb's API key in its vendor header `x-honeycomb-team` (the name names no secret, and
 * a random value in a custom header is as often an id), Consul's `initial_management` token (a UUID
 * under a key that names no secret), and `New value: X` printed by elasticsearch-reset-password
 * without the command on its line); blind14: a multipart body's field value after its escaped blank
 line (`name="client_secret"\r\n\r\nX`), and a Fortran namelist's bare `key='<32 hex>'` (a bare key
 with a digest's shape, as a cache key's is); blind16: a password bound by Hibernate's BasicBinder
 (`binding parameter [2] as [VARCHAR] - [X]`: the statement naming its column is on an earlier line);
 blind17: an Azure Pipelines variable read by its name, its value on the next line; blind18: an
 authorization code already used, in Keycloak's warning (`Code '…' already used`: the word code
 names errors and programs as often), and positional parameters of two RPC calls (geth's
 personal_unlockAccount, an XML-RPC authenticate), known by their method alone; blind19: a
 client secret under Meltano's `current value:` label, Vault's unseal key as a bare `key` in an
 Ansible task's body, a password printf'd into `kinit --password-file=STDIN` (set -x prints the pipe's two
 commands on two lines, the reader after the value), and a passphrase with spaces quoted in a
 Portuguese sentence; blind20: a PSK file's content printed by an entrypoint without a prompt, a
 bare `key = x` in an rclone config section, two CI jobs' `… "$USER:$TOKEN" | base64` output on the
 next line, Azure DevOps' `Using PAT: x` and Micronaut's `Property [x.password] resolved to value [y]`; blind21: a session cookie in a HAR export (`"name":
 "connect.sid"` then its `"value"`: the cookie's name names no secret), WireGuard's preshared keys as
 `wg show … preshared-keys` lists them beside each peer's public key, a bare `key` holding 32 hex
 digits (Magento's crypt key in a PHP array: a digest's shape under the word a cache key has; one
 beside a username is that user's key), a JCL job's FTP input (host, user and password on lines
 of their own), headscale's `Key` column (a column named only `Key`), Algolia's search key as a client constructor's second argument, and
 a password echoed into `sudo -S` (set -x prints the reader on the line after the value); blind22:
 tokens in a URL's path (Backtrace's submission URL, a Netlify
 build hook, a Philips Hue bridge's API user: a capability URL looks like any other), a Tuya
 device's local key as a bare `key` beside its name and id, `with user / password` in a Cassandra
 driver's debug line, and a refresh token under an environment variable named `…_RT`; blind23:
 positional job arguments (Resque's and Hangfire's `args`: host, user, password), `borg key export`'s
 key block after its header line, a password printf'd into `docker secret create … -` (the reader on
 the line after the value, as above), and a TOTP seed as a QR code's text fallback; blind24:
 pulumi's `--show-secrets` outputs table (a name column, then
 values of every kind), a recovery code after an account's quoted name in Swedish, VS Code Server's
 connection token as `?tkn=<uuid>`, a TOTP secret introduced in Polish (`Klucz tajny TOTP`), and
 influx's `auth create` table (its header is tab-aligned, with empty cells and names holding spaces);
 blind25: rsyncd secrets (`user:x` lines in a diff), wazuh's
 `agent-auth -P 'x'` (`-P` is a port as often), MAAS's API key as `maas login`'s positional
 argument, and cloud-init's `chpasswd: list: |` block (`root:x` under a block scalar); blind26:
 a LoRaWAN session key under `sk_app`, Hibernate's bound parameters (as blind16's), Prisma's `-- params: [...]` list of a statement on the
 line above, borg's exported key block (as blind23's), an MQTT CONNECT packet's password in its hex
 dump, a random value printed by `authelia crypto rand` under a step's title, and a `.pgpass` line
 in a Salt state's diff; blind27: an FTP job's user and password as the lines of its JCL input
 (positional), the text Selenium's wire log sends to an element (the log names no field), a
 session cookie in Playwright's saved storage state (`connect.sid`: a cookie's name says session
 only by framework convention), and what `aureport --tty` recorded typed at a sudo prompt; blind28:
 a Discord bot token in a traceback's `client.run("…")` line (its shape rule wants the word discord on
 the same line, and the traceback names it only on the next), and a Tuya plug's local key as a bare
 `key` beside the device's name and id (as blind22's); blind29: a password echoed into `sudo -S` (the
 reader on the line after the value, as blind22's), and a Terraform state's `random_password`
 `result` shown without the resource's type; blind30: a Figment error's `InvalidType(Str("…"))` (its
 key is named by a path list earlier in the line), and Twilio's `-u AC…:token` on a continuation line
 of a curl command (the line alone does not say curl).
 */
const KNOWN_MISSES = new Set(['b4-011', 'b4-080', 'b4-121', 'b6-025', 'b7-058', 'b8-026', 'b8-100', 'b8-128', 'b8-143', 'b9-076', 'b9-143', 'b10-016', 'b10-027', 'b10-030', 'b10-031', 'b10-032', 'b10-050', 'b11-011', 'b11-025', 'b11-030', 'b11-035', 'b11-079', 'b11-103', 'b11-106', 'b13-008', 'b13-016', 'b13-018', 'b14-033', 'b14-119', 'b16-150', 'b17-027', 'b18-007', 'b18-028', 'b18-029', 'b19-015', 'b19-024', 'b19-034', 'b19-088', 'b20-013', 'b20-023', 'b20-051', 'b20-056', 'b20-060', 'b20-063', 'b21-015', 'b21-016', 'b21-031', 'b21-034', 'b21-046', 'b21-146', 'b21-150', 'b22-022', 'b22-031', 'b22-093', 'b22-099', 'b22-112', 'b22-148', 'b23-032', 'b23-049', 'b23-077', 'b23-084', 'b23-134', 'b24-041', 'b24-066', 'b24-087', 'b24-141', 'b24-144', 'b25-060', 'b25-101', 'b25-108', 'b25-130', 'b26-018', 'b26-038', 'b26-108', 'b26-115', 'b26-129', 'b26-142', 'b26-143', 'b27-003', 'b27-010', 'b27-019', 'b27-139', 'b28-008', 'b28-098', 'b29-036', 'b29-120', 'b30-008', 'b30-106']);
/**
 * Look-alikes still changed, left as they are: a Wowza module named `SecureToken` after a key
 * holding `Token`, RADIUS `Acct-Session-Id` and Diameter `Session-Id` values (a web session id is a
 * secret; an accounting session id is not, and the key does not say which), and webhook HMAC
 * signatures (`X-WC-Webhook-Signature`, `X-Shopify-Hmac-Sha256`: a signature is kept secret in
 * other places, AWS's and Azure's signed URLs); blind12: telemetry and crash-report session ids
 * (`sessionId <uuid>`, `session BB31…`: the key says session, as a web session's secret does), an
 * Airflow task named `refresh_secret_keys` before its run id (a verb-led name, but `refresh_token`
 * is led by a verb too), ASP.NET's `decryptionKey="AutoGenerate,IsolateApps"` (two words in capitals
 * read as a passphrase); blind15: a Sealed Secrets ciphertext cut to 243 characters (the format
 * is kept from 600 on, as the real one always is: a shorter base64 under `password:` may be the
 * password), and a webhook's HMAC signature as above; blind19: password hashes (bcrypt, argon2,
 * a shadow line's sha512-crypt), which its author counted harmless and the redactor masks by design:
 * a leaked hash is cracked offline; blind22: `fly secrets list`'s table, whose DIGEST column
 holds a digest of each secret beside its name (read line by line, a secret's name then a value);
 blind27: a SIP Digest `response=` (a hash of the password with the nonce, which its author counted
 harmless; masked by design, as a leaked hash is: it is cracked offline); blind28: Adyen's
 notification `hmacSignature` (a webhook's signature, as above), and `altool --apiKey` (App Store
 Connect's key id there, but a flag named for an API key holds the key itself in most tools); blind29:
 AWS access key ids (`AKIA…`: an id, but masked by design as most scanners do), a Cisco type 9
 `secret` and MySQL's `authentication_string` (password hashes, masked by design as above); blind30:
 Vonage's `api_key` (an account id there, but the key's name says API key).
 */
const KNOWN_OVER = new Set(['b11-001', 'b11-006', 'b11-017', 'b11-059', 'b11-065', 'b12-023', 'b12-039', 'b12-062', 'b12-076', 'b15-045', 'b15-126', 'b19-b56', 'b19-b57', 'b19-b58', 'b22-067', 'b27-087', 'b28-014', 'b28-088', 'b29-024', 'b29-029', 'b29-089', 'b29-147', 'b30-120']);
/** Addresses are masked by design (personal data), also on lines with no secret. */
const ADDRESS_MARKER = /\[REDACTED:(?:ipv4|ipv6|email)\]/g;

describe.each(BLIND)('blind redaction corpus %s', (file) => {
  const records = readFileSync(join(ROOT, 'test/fixtures/redaction', file), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Rec);

  const secrets = records.filter((r) => r.secret !== null);
  it.each(secrets.filter((r) => !KNOWN_MISSES.has(r.id)).map((r) => [r.id, r] as const))('removes %s', (_id, r) => {
    const out = redactText(r.line);
    for (const part of [r.secret!, ...(r.secret_parts ?? [])]) expect(out).not.toContain(part);
  });
  for (const r of secrets.filter((x) => KNOWN_MISSES.has(x.id))) it.todo(`removes ${r.id} (${r.kind ?? r.family ?? ''}): a known miss`);

  for (const r of records.filter((x) => x.secret === null && KNOWN_OVER.has(x.id))) it.todo(`leaves benign ${r.id} (${r.kind ?? ''}) unchanged: a known over-redaction`);
  it.each(records.filter((r) => r.secret === null && !KNOWN_OVER.has(r.id)).map((r) => [r.id, r] as const))('leaves benign %s unchanged but for its addresses', (_id, r) => {
    const out = redactText(r.line);
    if (!WITH_ADDRESSES.has(file)) expect(out).toBe(r.line);
    else expect(out.replace(ADDRESS_MARKER, '')).not.toContain('[REDACTED:'); // markers name their rule; a line may hold a bare [REDACTED] of its own
  });
});
