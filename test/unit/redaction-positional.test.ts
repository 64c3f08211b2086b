import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, Redactor } from '../../src/redact/engine.js';

/**
 * Secrets no key names: a connection call's positional arguments, Windows switches and `net use`,
 * a PostgreSQL password file line, the last index of a quoted key path, an SNMP community, a quote
 * never closed, any armoured secret key. Each shape beside the harmless text most like it
 * (fill-in placeholders among them).
 */
const redactor = new Redactor(DEFAULT_OPTIONS);

describe('positional and path-shaped secrets', () => {
  it.each([
    ["new PDO('mysql:host=db;dbname=app', 'root', 'Ph9Pd7Mo5Xy')", 'Ph9Pd7Mo5Xy'],
    ["$db = mysqli_connect('db.internal', 'app', 'Mq4-Zt8Lp2Wx');", 'Mq4-Zt8Lp2Wx'],
    ['conn = DriverManager.getConnection(url, "svc", "Jd7Kq2Vn9Wz");', 'Jd7Kq2Vn9Wz'],
    ['pymysql.connect("db", "app", "Tz6Yp3Lm8Qc")', 'Tz6Yp3Lm8Qc'],
    ['net use \\\\fs01\\share /user:CORP\\svc Nu8Se6Rv4Qz', 'Nu8Se6Rv4Qz'],
    ['net use Z: \\\\fs01\\share Xy7Pw9Lk2Qa /user:CORP\\svc /persistent:no', 'Xy7Pw9Lk2Qa'],
    ['cmdkey /add:fs01 /user:CORP\\svc /pass:Qw8Er5Ty2Ui', 'Qw8Er5Ty2Ui'],
    ['sqlpackage /Action:Publish /TargetPassword:Zx4Cv6Bn8Mm /TargetUser:sa', 'Zx4Cv6Bn8Mm'],
    ['db.internal:5432:app:app:Fr4Gt6Hy8Ju', 'Fr4Gt6Hy8Ju'],
    ['*:*:*:postgres:hunter2', 'hunter2'],
    ['ok: [db01] => {"hostvars[\'db01\'][\'ansible_become_password\']": "ILgEITtZizmC6"}', 'ILgEITtZizmC6'],
    ['{"config[\\"db\\"][\\"password\\"]": "Wm5Xr8Tq2Pz"}', 'Wm5Xr8Tq2Pz'],
    ['snmp_exporter: walking router1 with snmpwalk -v2c -c Sn7mpC0mmX9q 1.3.6.1.2.1.2', 'Sn7mpC0mmX9q'],
    ["14 | password = 'To9Qx2Lm7vRz4Kp", 'To9Qx2Lm7vRz4Kp'],
    ['Authorization: Digest username="ops", realm="api", nonce="dcd98b71", uri="/admin", qop=auth, nc=00000001, cnonce="0a4f113b", response="6629fae49393a05397450978507c4ef1"', '6629fae49393a05397450978507c4ef1'],
    ['"GET /cart HTTP/1.1" 200 1432 cookie="JSESSIONID=214E42B4D9E7240C4F6F280E45B8AE8A; lang=en"', '214E42B4D9E7240C4F6F280E45B8AE8A'],
    ['inet 10.0.0.5/24 brd 10.0.0.255 scope global eth0', '10.0.0.5'],
    ['-----BEGIN OpenVPN Static key V1-----\ne4a1c9f7b2d83e5a6c0f1b7d9e2a4c8f\n-----END OpenVPN Static key V1-----', 'e4a1c9f7b2d83e5a6c0f1b7d9e2a4c8f'],
  ])('redacts %s', (line, secret) => {
    const out = redactor.redact(line);
    expect(out).not.toContain(secret);
    expect(out).toContain('[REDACTED:');
  });

  it.each([
    "new PDO('mysql:host=db;dbname=app', $user, $password)",
    "mysqli_connect('db.internal', 'app', getenv('DB_PASS'))",
    'Connection to db.internal:5432 timed out; reconnect(attempt=3)',
    'socket.connect("db.internal:5432")',
    'net use \\\\fs01\\share * /user:bob',
    'net use \\\\fs01\\share /delete',
    'GET /api/v1/status 200 in 3 ms',
    'copy /Y C:\\a.txt D:\\b.txt',
    'localhost:5432:*:*:*',
    'listening on 0.0.0.0:5432:ready',
    '{"metrics[\'db\'][\'connections\']": 42}',
    'config.example.yaml: api_key: YOUR_API_KEY_HERE  # replace before deploying',
    'DB_PASSWORD=REPLACE_ME',
    'token: put-your-token-here',
    "14 | name = 'unterminated",
    'info: Hosting environment: Production; runtime Microsoft.NETCore.App 8.0.4.0',
    'Windows build 10.0.19041.1 detected, installing agent 3.2.1.7',
    'network policy allows ingress from 10.0.0.0/8 and 172.16.0.0/12',
  ])('keeps %s', (line) => {
    expect(redactor.redact(line)).toBe(line);
  });
});
