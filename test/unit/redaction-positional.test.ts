import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, Redactor } from '../../src/redact/engine.js';

/**
 * Secrets no key names: a connection call's positional arguments, Windows switches and `net use`,
 * a PostgreSQL password file line, the last index of a quoted key path. Each shape beside the
 * harmless text that looks most like it.
 */
const redactor = new Redactor(DEFAULT_OPTIONS);
const MARK = '[REDACTED:secret_value]';

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
  ])('redacts %s', (line, secret) => {
    const out = redactor.redact(line);
    expect(out).not.toContain(secret);
    expect(out).toContain(MARK);
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
  ])('keeps %s', (line) => {
    expect(redactor.redact(line)).toBe(line);
  });
});
