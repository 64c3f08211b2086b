// ================================================================ Exim ====
// Exim 4.96 (Debian exim4-daemon-heavy) as the single MX and submission
// server of a small company domain: inbound mail on 25 with DKIM checks,
// RBL and sender-verify ACLs and a spam-score reject after DATA; users
// submit on 587/465 with SMTP AUTH; a web application hands mail to the
// local exim binary; local delivery to Maildir; remote delivery by DNS
// lookup; queue runner every 30 minutes. log_selector adds
// +smtp_connection-like 'no MAIL' lines and +arguments. The file is
// /var/log/exim4/mainlog.
// Raw line: '2025-06-03 07:14:05 1uMkQd-002Xh1-7Q <= anna.berg@partner.example.net H=mx2.partner.example.net [198.51.100.25] P=esmtps X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no S=18422 id=...'
// -> the date and time are the header; Content is the rest. The message id
// at the start of a message line is a parameter, so these templates begin
// with a variable. The flag letters ('<=', '=>', '->', '==', '**') and the
// key names (H=, P=, X=, CV=, S=, id=, R=, T=, C=, U=, A=, D=) are
// constants; a line with a different set of keys is a different template.
// Protocol, router and transport names are values.
import { drive } from '../lib.mjs';

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const b62 = (n, w) => { let s = ''; for (let i = 0; i < w; i++) { s = B62[n % 62] + s; n = Math.floor(n / 62); } return s; };

export default {
  name: 'Exim',
  templates: {
    arrivalTls: '<*> <= <*> H=<*> [<*>] P=<*> X=<*> CV=<*> S=<*> id=<*>',
    arrivalTlsHelo: '<*> <= <*> H=<*> (<*>) [<*>] P=<*> X=<*> CV=<*> S=<*> id=<*>',
    arrivalPlain: '<*> <= <*> H=(<*>) [<*>] P=<*> S=<*> id=<*>',
    arrivalAuth: '<*> <= <*> H=(<*>) [<*>] P=<*> X=<*> CV=<*> A=<*>:<*> S=<*> id=<*>',
    arrivalLocal: '<*> <= <*> U=<*> P=<*> S=<*>',
    arrivalBounce: '<*> <= <> R=<*> U=<*> P=<*> S=<*>',
    deliverRemote: '<*> => <*> R=<*> T=<*> H=<*> [<*>] X=<*> CV=<*> C="<*>"',
    deliverMore: '<*> -> <*> R=<*> T=<*> H=<*> [<*>] X=<*> CV=<*> C="<*>"',
    deliverLocal: '<*> => <*> <<*>> R=<*> T=<*>',
    completed: '<*> Completed',
    deferSmtp: '<*> == <*> R=<*> T=<*> defer (<*>) H=<*> [<*>]: SMTP error from remote mail server after RCPT TO:<<*>>: <*>',
    deferConn: '<*> == <*> R=<*> T=<*> defer (<*>): Connection timed out',
    deferRetry: "<*> == <*> R=<*> T=<*> defer (<*>): retry time not reached for any host for '<*>'",
    bounceSmtp: '<*> ** <*> R=<*> T=<*> H=<*> [<*>]: SMTP error from remote mail server after RCPT TO:<<*>>: <*>',
    bounceUnroute: '<*> ** <*>: Unrouteable address',
    bounceTimeout: '<*> ** <*> R=<*> T=<*>: retry timeout exceeded',
    frozen: '<*> Frozen (delivery error message)',
    removed: '<*> removed by <*>',
    spoolLocked: '<*> Spool file is locked (another process is handling this message)',
    dkimOk: '<*> DKIM: d=<*> s=<*> c=<*> a=<*> b=<*> [verification succeeded]',
    dkimFail: '<*> DKIM: d=<*> s=<*> c=<*> a=<*> b=<*> [verification failed - body hash mismatch (body probably modified in transit)]',
    dkimNoKey: '<*> DKIM: d=<*> s=<*> c=<*> a=<*> b=<*> [invalid - public key record (currently?) unavailable]',
    spamReject: '<*> H=<*> [<*>] F=<<*>> rejected after DATA: This message scored <*> spam points.',
    relayDenied: 'H=(<*>) [<*>] F=<<*>> rejected RCPT <<*>>: relay not permitted',
    rblReject: 'H=(<*>) [<*>] F=<<*>> rejected RCPT <<*>>: JunkMail rejected - <*> is listed at <*>',
    unknownUser: 'H=<*> [<*>] F=<<*>> rejected RCPT <<*>>: Unknown user',
    senderVerifyFail: 'H=<*> [<*>] sender verify fail for <<*>>: <*>',
    senderVerifyRej: 'H=<*> [<*>] F=<<*>> rejected RCPT <<*>>: Sender verify failed',
    authFail: '<*> authenticator failed for (<*>) [<*>]:<*>: 535 Incorrect authentication data (set_id=<*>)',
    noMail: 'no MAIL in SMTP connection from (<*>) [<*>]:<*> D=<*> C=<*>',
    lostConn: 'SMTP connection from (<*>) [<*>]:<*> lost D=<*>',
    syncError: 'SMTP protocol synchronization error (input sent without waiting for greeting): rejected connection from H=[<*>]:<*> input="<*>"',
    tlsError: 'TLS error on connection from (<*>) [<*>]:<*> (SSL_accept): <*>',
    cmdTimeout: 'SMTP command timeout on connection from (<*>) [<*>]:<*>',
    tooManyErrors: 'SMTP call from (<*>) [<*>]:<*> dropped: too many syntax or protocol errors (last command was "<*>", C=<*>)',
    unexpectedDisc: 'unexpected disconnection while reading SMTP command from (<*>) [<*>]:<*> D=<*>',
    ehloInvalid: 'rejected EHLO from [<*>]:<*>: syntactically invalid argument(s): <*>',
    queueStart: 'Start queue run: pid=<*>',
    queueEnd: 'End queue run: pid=<*>',
    daemonStarted: 'exim <*> daemon started: pid=<*>, <*>, listening for SMTP on <*>',
    sighup: 'pid <*>: SIGHUP received: re-exec daemon',
    args: 'cwd=<*> <*> args: <*>',
  },
  scenario(g) {
    const DOM = 'example.com';
    const users = ['anna', 'jonas', 'priya', 'marek', 'sales', 'info', 'lena', 'tomas', 'support', 'invoices', 'ole', 'carla'];
    const names = { anna: 'anna.berg', jonas: 'jonas.keller', priya: 'priya.nair', marek: 'marek.nowak', lena: 'lena.vogt', tomas: 'tomas.ruiz', ole: 'ole.hansen', carla: 'carla.moretti' };
    const partners = [
      { d: 'partner.example.net', mx: 'mx2.partner.example.net', ip: '198.51.100.25', sel: 's2024', tls: 'TLS1.3:TLS_AES_256_GCM_SHA384:256', c: () => `250 2.0.0 Ok: queued as ${g.alnum(10, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}` },
      { d: 'mailhost.example.org', mx: 'inbound.mailhost.example.org', ip: '203.0.113.40', sel: 'google', tls: 'TLS1.3:TLS_AES_128_GCM_SHA256:128', c: () => `250 2.0.0 OK  ${Math.floor(g.t / 1000)} ${g.alnum(12)}.${g.int(100, 999)} - smtp` },
      { d: 'bigcorp.example', mx: 'bigcorp-example.mail.protection.example.net', ip: '192.0.2.150', sel: 'selector1', tls: 'TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256', c: () => `250 2.6.0 <${g.hex(16)}@bigcorp.example> [InternalId=${g.int(1e11, 9e11)}, Hostname=${g.alnum(8).toUpperCase()}.example.net] Queued mail for delivery` },
      { d: 'supplier.example', mx: 'mail.supplier.example', ip: '198.51.100.77', sel: 'mail', tls: 'TLS1.2:ECDHE-RSA-AES128-GCM-SHA256:128', c: () => `250 OK id=${b62(Math.floor(g.t / 1000), 6)}-${b62(g.int(1000, 99999), 6)}-${b62(g.int(0, 3843), 2)}` },
      { d: 'newsletter.example.net', mx: 'out-14.newsletter.example.net', ip: '203.0.113.14', sel: 'nl1', tls: 'TLS1.3:TLS_AES_256_GCM_SHA384:256', c: () => `250 2.0.0 Ok: queued as ${g.alnum(10, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}` },
    ];
    const outsiders = ['k.schmidt', 'orders', 'noreply', 'mia.lund', 'accounts', 'r.ahmed', 'news', 'j.doe'];
    let pid = 20000 + g.int(0, 5000);
    const mid = () => `${b62(Math.floor(g.t / 1000), 6)}-${b62(++pid, 6)}-${b62(g.int(0, 3843), 2)}`;
    const hdrId = (d) => g.wpick([[2, () => `CA${g.b64id(30)}@mail.${d}`], [2, () => `${new Date(g.t).toISOString().replace(/[-:T]/g, '').slice(0, 14)}.${g.hex(8)}@${d}`], [1, () => `${g.uuid()}@${d}`]])();
    const addr = (u) => `${names[u] || u}@${DOM}`;
    const deferred = [];
    const X_IN = ['TLS1.3:TLS_AES_256_GCM_SHA384:256', 'TLS1.3:TLS_AES_256_GCM_SHA384:256', 'TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256', 'TLS1.3:TLS_CHACHA20_POLY1305_SHA256:256'];
    const bad = ['192.0.2.201', '203.0.113.66', '198.51.100.199', '203.0.113.90', '192.0.2.37', '198.51.100.12'];
    const badHelo = ['User', 'WIN-QH3D7KF2', 'ylmf-pc', 'localhost', 'EHLO', '[192.0.2.201]', 'example.com'];

    const inbound = () => {
      const p = g.zipf(partners, 1.1); const from = `${g.pick(outsiders)}@${p.d}`; const id = mid();
      const rc = [g.zipf(users, 1.0)]; if (g.chance(0.2)) rc.push(g.zipf(users, 1.0));
      const dk = g.r();
      if (dk < 0.78) g.e('dkimOk', id, p.d, p.sel, 'relaxed/relaxed', g.pick(['rsa-sha256', 'rsa-sha256', 'ed25519-sha256']), g.pick([1024, 2048, 2048]));
      else if (dk < 0.82) g.e('dkimFail', id, p.d, p.sel, 'relaxed/simple', 'rsa-sha256', 2048);
      const size = g.int(2500, 900000);
      if (g.chance(0.75)) g.e('arrivalTls', id, from, p.mx, p.ip, 'esmtps', g.pick(X_IN), 'no', size, hdrId(p.d));
      else g.e('arrivalTlsHelo', id, from, p.mx, g.pick([`out.${p.d}`, p.mx.replace(/^[^.]+/, 'smtp')]), p.ip, 'esmtps', g.pick(X_IN), 'no', size, hdrId(p.d));
      for (const u of rc) g.e('deliverLocal', id, u, addr(u), 'local_user', 'maildir_home');
      g.e('completed', id);
    };
    const plainInbound = () => {
      const ip = g.ip('198.51.100'); const id = mid(); const d = g.pick(['printer-vendor.example', 'old-erp.example.org']);
      g.e('arrivalPlain', id, `${g.pick(['scan', 'erp', 'alerts'])}@${d}`, `mail.${d}`, ip, 'esmtp', g.int(3000, 400000), hdrId(d));
      const u = g.zipf(users); g.e('deliverLocal', id, u, addr(u), 'local_user', 'maildir_home'); g.e('completed', id);
    };
    const remoteDeliver = (id, rcpts, p) => {
      g.e('deliverRemote', id, rcpts[0], 'dnslookup', 'remote_smtp', p.mx, p.ip, p.tls, 'yes', p.c());
      for (const r of rcpts.slice(1)) g.e('deliverMore', id, r, 'dnslookup', 'remote_smtp', p.mx, p.ip, p.tls, 'yes', p.c());
    };
    const outbound = () => {
      const u = g.zipf(users.filter((x) => names[x]), 1.0); const p = g.zipf(partners.slice(0, 4), 0.8); const id = mid();
      const rcpts = [`${g.pick(outsiders)}@${p.d}`]; if (g.chance(0.25)) rcpts.push(`${g.pick(outsiders)}@${p.d}`);
      const helo = g.pick(['[10.0.20.31]', '[10.0.20.44]', 'LAPTOP-7H2K', 'anna-mbp.lan', 'localhost']);
      g.e('arrivalAuth', id, addr(u), helo, g.pick(['198.51.100.61', '203.0.113.5', '10.0.20.31']), g.pick(['esmtpsa', 'esmtpsa', 'esmtpa']), g.pick(X_IN), 'no', g.pick(['plain_server', 'login_server']), addr(u), g.int(1500, 4e6), hdrId(DOM));
      if (p.d === 'supplier.example' && g.chance(0.5)) {
        g.e('deferSmtp', id, rcpts[0], 'dnslookup', 'remote_smtp', -44, p.mx, p.ip, rcpts[0], '451 4.7.1 Greylisted, please try again in 5 minutes');
        deferred.push({ id, rcpts, p });
        return;
      }
      remoteDeliver(id, rcpts, p);
      g.e('completed', id);
    };
    const appMail = () => {
      const id = mid(); const p = g.zipf(partners, 0.7);
      g.e('arrivalLocal', id, `www-data@shop.${DOM}`, 'www-data', 'local', g.int(2000, 60000));
      const rcpt = `${g.pick(outsiders)}@${p.d}`;
      if (g.chance(0.06)) {
        const ip = p.ip;
        g.e('bounceSmtp', id, rcpt, 'dnslookup', 'remote_smtp', p.mx, ip, rcpt, `550 5.1.1 <${rcpt}>: Recipient address rejected: User unknown in virtual mailbox table`);
        const bid = mid();
        g.e('arrivalBounce', bid, id, 'Debian-exim', 'local', g.int(3000, 9000));
        g.e('completed', id);
        g.e('deliverLocal', bid, 'www-data', `www-data@shop.${DOM}`, 'local_user', 'mail_spool');
        g.e('completed', bid);
        return;
      }
      remoteDeliver(id, [rcpt], p);
      g.e('completed', id);
    };
    const queueRun = () => {
      const qp = ++pid; g.e('queueStart', qp);
      for (const d of deferred.splice(0)) {
        if (g.chance(0.15)) g.e('spoolLocked', d.id);
        if (g.chance(0.8)) { remoteDeliver(d.id, d.rcpts, d.p); g.e('completed', d.id); } else { g.e('deferRetry', d.id, d.rcpts[0], 'dnslookup', 'remote_smtp', -53, d.p.d); deferred.push(d); }
      }
      if (g.chance(0.3)) g.e('spoolLocked', mid());
      g.advance(g.int(500, 4000));
      g.e('queueEnd', qp);
    };
    const reject = () => {
      const ip = g.zipf(bad, 1); const helo = g.pick(badHelo);
      g.wpick([
        [4, () => g.e('rblReject', helo, ip, `${g.alnum(6)}@${g.pick(['mailer.example', 'promo.example.org'])}`, `${g.zipf(users)}@${DOM}`, ip, g.pick(['bl.dnsbl.example', 'zen.rbl.example.net']))],
        [3, () => g.e('relayDenied', helo, ip, `${g.alnum(5)}@${DOM}`, `${g.alnum(7)}@${g.pick(['victim.example', 'mail.example.org', 'inbox.example.net'])}`)],
        [3, () => { const p = g.pick(partners); g.e('unknownUser', p.mx, p.ip, `${g.pick(outsiders)}@${p.d}`, `${g.pick(['jobs', 'hr', 'peter', 'admin', 'webmaster', 'm.klein'])}@${DOM}`); }],
        [2, () => { const h = `mail.${g.alnum(6)}.example`; const f = `offers@${h.slice(5)}`; g.e('senderVerifyFail', h, ip, f, g.pick(['all relevant MX records point to non-existent hosts', 'Unrouteable address', 'response to "RCPT TO:<' + f + '>" was: 550 5.1.1 User unknown'])); g.e('senderVerifyRej', h, ip, f, `${g.zipf(users)}@${DOM}`); }],
        [1.2, () => { const id = mid(); const h = g.pick(['mta7.bulkmail.example', 'smtp.cheap-meds.example']); g.e('spamReject', id, h, ip, `${g.alnum(8)}@${h.split('.').slice(1).join('.')}`, (8 + g.r() * 20).toFixed(1)); }],
      ])();
    };
    const noise = () => {
      const ip = g.zipf(bad, 0.8); const port = g.eport(); const helo = g.pick(badHelo);
      g.wpick([
        [5, () => g.e('noMail', helo, ip, port, `${g.int(0, 20)}s`, g.pick(['EHLO,QUIT', 'EHLO,STARTTLS,EHLO,QUIT', 'EHLO,AUTH', 'HELO']))],
        [3, () => g.e('lostConn', helo, ip, port, `${g.int(0, 40)}s`)],
        [2, () => g.e('tlsError', helo, ip, port, g.pick(['error:0A000102:SSL routines::unsupported protocol', 'error:0A000076:SSL routines::no suitable signature algorithm', 'error:0A00006C:SSL routines::bad key share']))],
        [1.5, () => g.e('unexpectedDisc', helo, ip, port, `${g.int(1, 30)}s`)],
        [1, () => g.e('cmdTimeout', helo, ip, port)],
        [1, () => g.e('syncError', ip, port, g.pick(['GET / HTTP/1.1\\r\\nHost: mx1.example.com\\r\\nUser-Agent: Mozilla/5.0\\r\\n\\r\\n', '\\026\\003\\001\\002\\000\\001\\000\\001\\374\\003\\003', 'SSH-2.0-Go\\r\\n']))],
      ])();
    };
    const bruteForce = () => {
      const ip = g.pick(['203.0.113.201', '192.0.2.88', '198.51.100.230']); const n = g.int(2, 5);
      for (let k = 0; k < n; k++) g.e('authFail', g.pick(['login_server', 'plain_server']), g.pick(['User', 'WIN-QH3D7KF2', 'ylmf-pc']), ip, g.eport(), g.pick([`${g.pick(['admin', 'info', 'test', 'sales', 'office'])}@${DOM}`, g.pick(['admin', 'test', 'info', 'scanner'])]));
      if (g.chance(0.4)) g.e('tooManyErrors', g.pick(['User', 'ylmf-pc']), ip, g.eport(), 'AUTH LOGIN', 'EHLO,AUTH,AUTH,AUTH,AUTH');
    };
    drive(g, {
      gapMs: 40000,
      startup: () => { g.e('args', '/', 4, '/usr/sbin/exim4 -bd -q30m -oP /run/exim4/exim.pid'); g.e('daemonStarted', '4.96', 1187, '-q30m', 'port 25 (IPv6 and IPv4) port 587 (IPv6 and IPv4) port 465 (IPv6 and IPv4)'); },
      steady: [
        [22, inbound], [9, outbound], [6, appMail], [2, plainInbound], [3, queueRun], [9, reject], [10, noise], [2.5, bruteForce],
        [0.4, () => g.e('ehloInvalid', g.zipf(bad), g.eport(), g.pick(['WIN_7QX2KD', 'my server', '"localhost"']))],
      ],
      rare: [
        () => { // a partner's DKIM key was rotated without publishing it
          for (let k = 0; k < 2; k++) { const p = partners[3]; const id = mid(); g.e('dkimNoKey', id, p.d, 'mail2025', 'relaxed/relaxed', 'rsa-sha256', 2048); g.e('arrivalTls', id, `orders@${p.d}`, p.mx, p.ip, 'esmtps', X_IN[2], 'no', g.int(5000, 90000), hdrId(p.d)); const u = g.zipf(users); g.e('deliverLocal', id, u, addr(u), 'local_user', 'maildir_home'); g.e('completed', id); }
        },
        () => { // mail to a host that is down, retried until the retry timeout
          const id = mid(); const r = 'events@venue.example'; const u = 'lena';
          g.e('arrivalAuth', id, addr(u), 'LAPTOP-7H2K', '198.51.100.61', 'esmtpsa', X_IN[0], 'no', 'plain_server', addr(u), g.int(20000, 90000), hdrId(DOM));
          g.e('deferConn', id, r, 'dnslookup', 'remote_smtp', 110);
          const qp = ++pid; g.e('queueStart', qp); g.e('deferRetry', id, r, 'dnslookup', 'remote_smtp', -53, 'venue.example'); g.e('queueEnd', qp);
          g.e('deferConn', id, r, 'dnslookup', 'remote_smtp', 110);
          g.e('bounceTimeout', id, r, 'dnslookup', 'remote_smtp');
          const bid = mid(); g.e('arrivalBounce', bid, id, 'Debian-exim', 'local', g.int(4000, 9000)); g.e('completed', id);
          g.e('deliverLocal', bid, u, addr(u), 'local_user', 'maildir_home'); g.e('completed', bid);
        },
        () => { // backscatter: a bounce to a forged sender is frozen, then removed by the admin
          const id = mid(); const p = partners[2];
          g.e('arrivalTls', id, `x${g.alnum(6)}@nowhere.invalid`, p.mx, p.ip, 'esmtps', X_IN[2], 'no', g.int(3000, 9000), hdrId('nowhere.invalid'));
          g.e('bounceUnroute', id, `jobs@${DOM}`);
          const bid = mid(); g.e('arrivalBounce', bid, id, 'Debian-exim', 'local', g.int(3000, 9000)); g.e('completed', id);
          g.e('bounceUnroute', bid, `x${g.alnum(6)}@nowhere.invalid`); g.e('frozen', bid);
          g.advance(g.int(600000, 3600000));
          g.e('args', '/root', 3, `/usr/sbin/exim4 -Mrm ${bid}`); g.e('removed', bid, 'root'); g.e('completed', bid);
        },
        () => { g.e('sighup', 1187); g.e('args', '/', 4, '/usr/sbin/exim4 -bd -q30m -oP /run/exim4/exim.pid'); g.e('daemonStarted', '4.96', 1187, '-q30m', 'port 25 (IPv6 and IPv4) port 587 (IPv6 and IPv4) port 465 (IPv6 and IPv4)'); },
        () => { const id = mid(); g.e('args', '/root', 3, `/usr/sbin/exim4 -M ${id}`); g.e('spoolLocked', id); },
        () => { for (let k = 0; k < 6; k++) bruteForce(); },
      ],
    });
  },
};
