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

/**
 * Shapes from the fourth blind corpus, each mended by family: the password flag that follows a
 * user flag whatever the tool, a glued quoted `-p'x'`, a braced ODBC value, a tuple of a name and a
 * quoted value, Oracle's user/password@host; and the look-alikes that must stay: a port after a
 * user, an ARN's service and resource names, a publishable key, a key masked but for its end,
 * prose about a password flag.
 */
describe('shapes of the fourth blind corpus', () => {
  it.each([
    ["+ cqlsh cassandra-0 9042 -u cassandra -p 'Cass4ndra-Adm1n' -e 'DESCRIBE KEYSPACES'", 'Cass4ndra-Adm1n'],
    ["+ mosquitto_pub -h mqtt.acme.io -p 8883 -u sensor01 -P 'Sens0r!Pub#1' -t line3 -m 42", 'Sens0r!Pub#1'],
    ["+ snmpwalk -v3 -l authPriv -u monitor -a SHA -A 'AuthPass123!' -x AES -X 'Pr1vPass456!' 10.0.0.1", 'Pr1vPass456!'],
    ['rabbitmqadmin -u admin -p Rb7Mq2Xz9Lw list queues', 'Rb7Mq2Xz9Lw'],
    ["+ mysql -uroot -p'MySqlR00t!' -h mysql.db.svc -e 'SHOW DATABASES'", 'MySqlR00t!'],
    ['Driver={ODBC Driver 18};Server=tcp:sql02,1433;Uid=report;Pwd={Rp0rt;P@ss-2024};Encrypt=yes;', 'Rp0rt;P@ss-2024'],
    ['connecting with [{servers,["ldap.acme.local"]},{password,<<"MjKhRwELdWQFZk2C">>}]', 'MjKhRwELdWQFZk2C'],
    ["creds = (password, 'Tp9Xq2Lm7Wz')", 'Tp9Xq2Lm7Wz'],
    ['url=jdbc:oracle:thin:scott/Tig3r_Sc0tt@//db.acme.local:1521/ORCL', 'Tig3r_Sc0tt'],
  ])('redacts %s', (line, secret) => {
    const out = redactor.redact(line);
    expect(out).not.toContain(secret);
    expect(out).toContain('[REDACTED:');
  });

  it.each([
    'psql -h db -U app -p 5432 -d orders',
    'mosquitto_sub -u sensor01 -p 1883 -t line3',
    'docker run -u 1000 -p 8080:80 nginx',
    'sudo -u postgres psql -p 5433 -d app',
    'pg_dump -U app -p 5432 -w orders',
    'kubectl exec -it pod -- mysql -u app -p orders',
    'iperf3 -u -P 4 -c host',
    'fetched arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-credentials-Ab3dEf version=AWSCURRENT',
    'rendering payment form with publishableKey=pk_live_51KotdRcuiUC3jUq11UM57Sf67zyKLzDa2NPTRddbNoHGYO4sMfHvY',
    "Incorrect API key provided: sk-proj-********************wXyZ. You can find your API key at https://platform.openai.com",
    'api_key: ***************************a1b2c site: datadoghq.eu',
    'WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
    'Driver={ODBC Driver 18};Server=tcp:sql02,1433;Uid=report;Pwd={};Encrypt=yes;',
    'connecting with [{servers,["ldap.acme.local"]},{timeout,<<"5000">>}]',
  ])('leaves %s', (line) => {
    expect(redactor.redact(line)).toBe(line);
  });
});

describe('shapes of the fifth blind corpus', () => {
  it.each([
    ['{"nivel":"ERROR","usuario":"jgarcia","contraseña":"Madrid_2024$kz"}', 'Madrid_2024$kz'],
    ['{"пароль":"Zx81-qLw-77"}', 'Zx81-qLw-77'],
    ['INFO connexion utilisateur=c.dupont mot_de_passe="Soleil#77vRq" résultat=échec', 'Soleil#77vRq'],
    ['{"motDePasse":"Nu1t-Etoilee"}', 'Nu1t-Etoilee'],
    ["#0 Connector.php(70): PDO->__construct('mysql:host=db;dbname=app', 'forge', 'Fg8!kLq2zX', Array)", 'Fg8!kLq2zX'],
    ["#1 Db.php(12): mysqli->__construct('db', 'app', 'Wq7#mysqlPw', 'shop')", 'Wq7#mysqlPw'],
    ['{"SPRING_MAIL_PASSWORD":{"value":"Ma1l-Relay#73kp","origin":"System Environment Property"}}', 'Ma1l-Relay#73kp'],
    ['SecretID:         2168a24a-a574-403f-a0b9-63ea4805a4ee', '2168a24a-a574-403f-a0b9-63ea4805a4ee'],
    ['vault write auth/approle/login role_id=db-app secret_id=9b1c2d3e-4f50-4a6b-8c7d-0e1f2a3b4c5d', '9b1c2d3e-4f50-4a6b-8c7d-0e1f2a3b4c5d'],
    ['connecting to nats://Q1sr0L6sh4J2yrwnSy0ScmXK30XeRynN@nats.messaging.svc:4222', 'Q1sr0L6sh4J2yrwnSy0ScmXK30XeRynN'],
  ])('redacts %s', (line, secret) => {
    const out = redactor.redact(line);
    expect(out).not.toContain(secret);
    expect(out).toContain('[REDACTED:');
  });

  it.each([
    'INFO db: connecting to postgresql://app@pg-primary.prod.svc:5432/orders?sslmode=verify-full',
    '$ git remote set-url origin https://oauth2@gitlab.corp.internal/group/app.git',
    'ok: [db01] => {"module_args": {"login_password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER", "login_user": "root"}}',
    'DEBUG user-supplied values: auth: {existingSecret: pg-credentials, secretKeys: {adminPasswordKey: postgres-password, userPasswordKey: password}}',
    'GetSecretValue SecretId=prod/db/credentials VersionStage=AWSCURRENT',
    'vault read auth/approle/role/db-app/secret-id secret_id_accessor=84896a0c-1347-aa90-a4f6-aca8b7558780',
    'request_id=3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b status=200',
    '{"contraseña_longitud_minima":12,"mot_de_passe_expire":true}',
    "#0 Cache.php(31): Redis->__construct('cache', 6379, 2.5)",
  ])('leaves %s', (line) => {
    expect(redactor.redact(line)).toBe(line);
  });
});

describe('shapes of the sixth blind corpus', () => {
  it.each([
    // a key whose quoted value follows, after an outer key (`jwt: signing_key="…"`): the inner value goes
    ['jwt: signing_key="fpuGbdURxraYbub6lP0/yoehhggh32yKb0Ey+t227Tq1sQse/vvqYm9ARDS+55k6" alg=HS512', 'fpuGbdURxraYbub6lP0/yoehhggh32yKb0Ey+t227Tq1sQse/vvqYm9ARDS+55k6'],
    ['password: pass="Tr0ub4dor-x3"', 'Tr0ub4dor-x3'],
    // every cookie of a header, its name kept
    ['Cookie: _ga=GA1.2.1234.5678; PHPSESSID=abcd1234efgh5678; csrftoken=Zx9kLmN0pQ', 'abcd1234efgh5678'],
    ['Cookie: _ga=GA1.2.1234.5678; PHPSESSID=abcd1234efgh5678; csrftoken=Zx9kLmN0pQ', 'Zx9kLmN0pQ'],
    ['< Set-Cookie: sessionid=8f2kdl39dkK2mz; Path=/; HttpOnly; Secure', '8f2kdl39dkK2mz'],
    // a value with an `=` in it, after `=`: one value, as a shell reads it
    ['Environment=LANG=C.UTF-8 RESTIC_PASSWORD=qw=n5kyYgM357VUr_5vhnAZ6Lu GOMAXPROCS=2', 'n5kyYgM357VUr_5vhnAZ6Lu'],
    // an identifier key, a space, a credential, more arguments after it
    ['+ aws configure set aws_secret_access_key ajO4jlWGAycR4xxpf4lfNV3bNmzgae62JFg7QKWm --profile ci-deploy', 'ajO4jlWGAycR4xxpf4lfNV3bNmzgae62JFg7QKWm'],
    ['git config --global user.password Sup3r-Secret9', 'Sup3r-Secret9'],
    // an XML element with a namespace and attributes
    ['<wsse:Password Type="http://docs.oasis-open.org/wss#PasswordText">B#S^rAw.8n$nHuC8</wsse:Password>', 'B#S^rAw.8n$nHuC8'],
    // CEF custom fields named by their label
    ['CEF:0|Acme|AppGate|5.2|401|Login attempt|5|suser=j.tanaka cs1Label=enteredPassword cs1=UZjh49*4 outcome=failure', 'UZjh49*4'],
    // user:password lines fed to chpasswd
    ["cloud-init[1042]: + echo 'ubuntu:lAy4.#yefU6OpM' | chpasswd", 'lAy4.#yefU6OpM'],
    ["printf 'admin:S3cr3t-Pw\\n' | sudo chpasswd", 'S3cr3t-Pw'],
    ["chpasswd <<< 'root:Tr0ub4dor&3'", 'Tr0ub4dor&3'],
    // Laravel's key as key:generate prints it
    ['Application key [base64:j6ez9SyrANqatmkthfpfN+Za6nD12GO1bQCtTj1bW8E=] set successfully.', 'j6ez9SyrANqatmkthfpfN+Za6nD12GO1bQCtTj1bW8E='],
  ])('redacts %s', (line, secret) => {
    const out = redactor.redact(line);
    expect(out).not.toContain(secret);
    expect(out).toContain('[REDACTED:');
  });

  it.each([
    // a cookie being cleared holds nothing; Set-Cookie's attributes are not values
    '< Set-Cookie: sessionid=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/',
    'cookie consent saved; count=3',
    // pairs of connection strings still go one by one; an identifier before prose is not a pair
    'the api_key parameter is required',
    'CEF:0|Acme|FW|1|100|Allow|3|cs1Label=Rule Name cs1=allow-web cs2Label=Policy cs2=default',
    // a property of a password, a count of tokens, a paging cursor
    'applied password policy: max_password_age=90 min_password_age=1 password_history=24 lockout_threshold=5',
    'ratelimit: token bucket refilled key=tenant:8812 tokens=100/100 rate=10/s',
    'list_objects: next_page_token=eyJvZmZzZXQiOjMwMDAsInNvcnQiOiJjcmVhdGVkX2F0In0= page=3 items=1000',
    '{"NextToken": "AAAAAKZxRmVo1tq2Bsh3", "MaxResults": 50}',
    "echo 'password change requested' | logger",
    'data:image/png;base64:iVBORw0KGgo',
  ])('leaves %s', (line) => {
    expect(redactor.redact(line)).toBe(line);
  });

  it('judges the pairs of a connection string one by one, after a key that names a secret', () => {
    expect(redactor.redact('ConnectionStrings__Default=Server=tcp:sql.example.com,1433;Database=app;User ID=sa;Password=Fake-w_5c!kgqTzHzhf;Encrypt=True;')).toBe(
      'ConnectionStrings__Default=Server=tcp:sql.example.com,1433;Database=app;User ID=sa;Password=[REDACTED:secret_value];Encrypt=True;',
    );
  });

  it('keeps what follows a cookie header and the names of its cookies', () => {
    expect(redactor.redact('headers: {Cookie: sid=abc123def456}')).toBe('headers: {Cookie: sid=[REDACTED:cookie_header]}');
    expect(redactor.redact('< Set-Cookie: sessionid=8f2kdl39dkK2mz; Path=/; HttpOnly')).toBe('< Set-Cookie: sessionid=[REDACTED:cookie_header]; Path=/; HttpOnly');
  });
});

describe('shapes of the seventh blind corpus', () => {
  it.each([
    // CI logging commands that name a secret
    ["2024-05-14T16:54:20.3510090Z + echo '::add-mask::Uyk_n1_2D9kR4Q4Spm4I4OKMCiN8_NoI'", 'Uyk_n1_2D9kR4Q4Spm4I4OKMCiN8_NoI'],
    ['##[debug]Processed: ##vso[task.setvariable variable=acrPassword;issecret=false]zerKoO59DLFDg4swRl4DJZnM3ZQV83UEsVhD8r0SbG+ACRuiyJs7', 'zerKoO59DLFDg4swRl4DJZnM3ZQV83UEsVhD8r0SbG+ACRuiyJs7'],
    // a quoted value right after the secret word, in prose
    ['Created service user `svc_ci` with password `LLlOI.oK88A~q+S4` - store it somewhere safe', 'LLlOI.oK88A~q+S4'],
    // a value wrapped with plain fields before it (Terraform/OpenTofu outputs)
    ['{"admin_password":{"sensitive":true,"type":"string","value":"hsS%2LxQ___-#c!ducPUqBpL"}}', 'hsS%2LxQ___-#c!ducPUqBpL'],
    // the password word in Turkish; R's assignment arrow
    ['Yönetici hesabı oluşturuldu: kullanıcı=admin şifre=nnz&TO%0-~O*8', 'nnz&TO%0-~O*8'],
    ['> db_pass <- "U%*^knR++4-Z=ZN"', 'U%*^knR++4-Z=ZN'],
    // network devices and agents: a RADIUS key, SNMPv3 passphrases
    ['radius-server host 10.20.0.5 auth-port 1812 acct-port 1813 key uSrgQtk&nd8*RMdi', 'uSrgQtk&nd8*RMdi'],
    ['createUser nagios SHA-256 "Lm5g.qQ9A^rH%n+C49"', 'Lm5g.qQ9A^rH%n+C49'],
    ['createUser mon SHA "authPass123x" AES "privPass456y"', 'privPass456y'],
  ])('redacts %s', (line, secret) => {
    const out = redactor.redact(line);
    expect(out).not.toContain(secret);
    expect(out).toContain('[REDACTED:');
  });

  it.each([
    // ciphertext is not a secret; a value of punctuation is a mask; a component named after secrets
    'password: ENC[AES256_GCM,data:yLfWSMtSWcfOJ2Y/uxNdMLlz,iv:Mo1Q2s4xD427BjmvuMcRs+UMqxyv7eHouOrq8qBooR0=,tag:3J9/qzuY+ZZxnAxhyCfGaA==,type:str]',
    '\tsecret = <<< secret >>>',
    'INFO secrets-rotator: rotating secrets in 3 days: db-main, smtp-relay, s3-archive',
    // a logging command that is no address, a variable that names no secret
    "::debug::cache hit for key npm-linux-x64",
    '##vso[task.setvariable variable=buildNumber]1.2.3',
    'radius-server dead-time 5',
  ])('leaves %s', (line) => {
    expect(redactor.redact(line)).toBe(line);
  });
});
