// ============================================================= WildFly ====
// WildFly 31 (standalone, standalone-full.xml) running an online shop
// (shop.war, a REST API, a nightly batch import), a PostgreSQL-compatible
// data source through the IronJacamar pool, Hibernate, Undertow, the
// transaction reaper, Infinispan local caches; the default server.log
// pattern.
// Raw line: '2025-06-17 10:04:05,123 INFO  [org.jboss.as.server] (ServerService Thread Pool -- 45) WFLYSRV0010: Deployed "shop.war" (runtime-name : "shop.war")'
// -> timestamp, padded level, '[category]' and '(thread)' are the header;
// Content is the rest, with its 'WFLYxxxnnnn:', 'IJnnnnnn:', 'HHHnnnnnn:',
// 'ARJUNAnnnnnn:' or 'UTnnnnnn:' message code, which stays. The
// application's own categories (com.example.shop...) print no code.
// Stack traces following ERROR lines are not in the slice.
import { drive } from '../lib.mjs';

const FULL = '31.0.1.Final', CORE = '23.0.3.Final';

export default {
  name: 'WildFly',
  templates: {
    starting: 'WFLYSRV0049: WildFly Full <*> (WildFly Core <*>) starting',
    mgmtHttp: 'WFLYSRV0039: Creating http management service using socket-binding (<*>)',
    listener: 'WFLYUT0006: Undertow <*> listener <*> listening on <*>:<*>',
    driver: 'WFLYJCA0018: Started Driver service with driver-name = <*>',
    boundDs: 'WFLYJCA0001: Bound data source [<*>]',
    startDeploy: 'WFLYSRV0027: Starting deployment of "<*>" (runtime-name: "<*>")',
    infinispan: 'ISPN000128: Infinispan version: <*>',
    cache: 'WFLYCLINF0002: Started <*> cache from <*> container',
    jpaStart: "WFLYJPA0010: Starting Persistence Unit (phase <*> of 2) Service '<*>'",
    hibernate: 'HHH000412: Hibernate ORM core version <*>',
    weld: 'WFLYWELD0003: Processing weld deployment <*>',
    jndi: "WFLYEJB0473: JNDI bindings for session bean named '<*>' in deployment unit '<*>' are as follows:",
    resteasy: 'RESTEASY002225: Deploying jakarta.ws.rs.core.Application: class <*>',
    webContext: "WFLYUT0021: Registered web context: '<*>' for server '<*>'",
    deployed: 'WFLYSRV0010: Deployed "<*>" (runtime-name : "<*>")',
    started: 'WFLYSRV0025: WildFly Full <*> (WildFly Core <*>) started in <*>ms - Started <*> of <*> services (<*> services are lazy, passive or on-demand) - Server configuration file in use: <*>',
    stopped: 'WFLYSRV0050: WildFly Full <*> (WildFly Core <*>) stopped in <*>ms',
    stoppedDeploy: 'WFLYSRV0028: Stopped deployment <*> (runtime-name: <*>) in <*>ms',
    unregCtx: "WFLYUT0022: Unregistered web context: '<*>' from server '<*>'",
    foundDs: 'WFLYDS0004: Found <*> in deployment directory. To trigger deployment create a file called <*>.dodeploy',
    replaced: 'WFLYSRV0016: Replaced deployment "<*>" with deployment "<*>"',
    orderPlaced: 'Order <*> placed by customer <*>: <*> items, total <*> <*>',
    payOk: 'Payment authorized for order <*> (provider=<*>, ref=<*>) in <*> ms',
    payDeclined: 'Payment declined for order <*>: <*>',
    payTimeout: 'Payment provider <*> did not answer within <*> ms for order <*>, retrying (attempt <*>/<*>)',
    slowReq: 'Slow request: <*> <*> took <*> ms (user=<*>)',
    login: 'User <*> logged in from <*>',
    loginFail: 'Login failed for <*> from <*>: bad credentials',
    sessExpired: 'Session <*> expired for user <*>',
    stockLow: 'Stock for SKU <*> is low: <*> left in warehouse <*>',
    batchStart: 'Batch job <*> started (execution id <*>, file=<*>)',
    batchDone: 'Batch job <*> finished: <*> records read, <*> written, <*> skipped in <*>',
    sqlWarn: 'SQL Error: <*>, SQLState: <*>',
    sqlMsg: 'This connection has been closed.',
    noManaged: 'IJ000453: Unable to get managed connection for <*>',
    poolTimeout: 'IJ000655: No managed connections available within configured blocking timeout (<*> [ms])',
    handleClosed: 'IJ031041: Connection handle has been closed and is unusable',
    reaperTimeout: 'ARJUNA012117: TransactionReaper::check timeout for TX <*> in state  RUN',
    reaperCancel: 'ARJUNA012121: TransactionReaper::doCancellations worker Thread[Transaction Reaper Worker <*>,5,main] successfully canceled TX <*>',
    abortTx: 'ARJUNA012108: CheckedAction::check - atomic action <*> aborting with <*> threads active!',
    ejbFail: 'WFLYEJB0034: Jakarta Enterprise Beans Invocation failed on component <*> for method <*>: <*>',
    utReqFail: 'UT005023: Exception handling request to <*>: <*>',
    utClosed: 'UT005071: Undertow request failed HttpServerExchange{ <*> <*>}',
    mgmtOpFail: 'WFLYCTL0013: Operation ("<*>") failed - address: (<*>) - failure description: <*>',
    jmxAuth: 'ELY05051: Authentication failed for user <*>',
    resume: 'WFLYSRV0212: Resuming server',
    suspend: 'WFLYSRV0211: Suspending server with no timeout.',
  },
  scenario(g) {
    const customers = Array.from({ length: 60 }, (_, i) => `C${100200 + i * 37}`);
    const users = ['anna.k', 'b.nowak', 'carlos', 'dee', 'eriksson', 'fmueller', 'g.rossi', 'haruto', 'ines', 'jo'];
    const skus = ['SKU-10442', 'SKU-20017', 'SKU-31880', 'SKU-40513', 'SKU-55209'];
    const paths = [['GET', '/shop/api/products'], ['GET', '/shop/api/search'], ['POST', '/shop/api/cart/items'], ['POST', '/shop/api/checkout'], ['GET', '/shop/api/orders'], ['GET', '/shop/catalog/category/garden']];
    let order = 700100 + g.int(0, 900); let exec = 310 + g.int(0, 40);
    let servicesUp = 0;
    const txId = () => `0:ffff0a0a0315:${g.hex(7)}:666f${g.hex(4)}:${g.hex(3)}`;
    const money = (v) => { const [a, b] = v.toFixed(2).split('.'); return `${g.commas(Number(a))}.${b}`; };
    const boot = () => {
      g.e('starting', FULL, CORE);
      g.e('mgmtHttp', 'management-http');
      g.e('listener', 'HTTP', 'default', '0.0.0.0', 8080);
      g.e('listener', 'HTTPS', 'https', '0.0.0.0', 8443);
      g.e('driver', 'h2'); g.e('driver', 'postgresql');
      g.e('boundDs', 'java:jboss/datasources/ExampleDS'); g.e('boundDs', 'java:jboss/datasources/ShopDS');
      g.e('foundDs', 'shop.war', 'shop.war');
      g.e('startDeploy', 'shop.war', 'shop.war');
      g.e('infinispan', '14.0.27.Final');
      for (const c of ['default', 'shop.war']) g.e('cache', c, 'hibernate');
      g.e('jpaStart', 1, 'shop.war#shopPU');
      g.e('hibernate', '6.4.4.Final');
      g.e('jpaStart', 2, 'shop.war#shopPU');
      g.e('weld', 'shop.war');
      for (const b of ['OrderService', 'PaymentGateway', 'CatalogImportBatch']) g.e('jndi', b, 'deployment "shop.war"');
      g.e('resteasy', 'com.example.shop.rest.ShopApplication');
      g.e('webContext', '/shop', 'default-server');
      g.e('deployed', 'shop.war', 'shop.war');
      g.e('resume');
      servicesUp = 612 + g.int(0, 20);
      g.e('started', FULL, CORE, g.int(5200, 11900), servicesUp, servicesUp + 233, 301, '/opt/wildfly/standalone/configuration/standalone-full.xml');
    };
    const shop = () => {
      const c = g.zipf(customers, 0.8); const id = ++order; const n = g.int(1, 9);
      g.e('orderPlaced', id, c, n, money(g.int(900, 240000) / 100 * (n > 6 ? 4 : 1)), 'EUR');
      const prov = g.wpick([[6, 'stripe-sandbox'], [3, 'paypal-sandbox'], [1, 'invoice']]);
      if (g.chance(0.06)) { g.e('payTimeout', prov, 10000, id, 1, 3); g.advance(10000); }
      if (g.chance(0.1)) g.e('payDeclined', id, g.pick(['card_declined', 'insufficient_funds', 'expired_card', 'do_not_honor']));
      else g.e('payOk', id, prov, `${prov === 'paypal-sandbox' ? 'PAYID-' : 'pi_'}${g.alnum(16, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`, g.int(180, 2900));
    };
    drive(g, {
      gapMs: 12000,
      startup: () => boot(),
      steady: [
        [12, shop], [6, () => { const [m, p] = g.zipf(paths, 1); g.e('slowReq', m, p, g.int(1500, 14000), g.zipf(users, 1)); }],
        [5, () => g.e('login', g.zipf(users, 0.9), g.ip(g.pick(['198.51.100', '203.0.113', '192.0.2'])))],
        [1.2, () => g.e('loginFail', g.pick(users.concat(['admin', 'test'])), g.ip('203.0.113'))],
        [3.5, () => g.e('sessExpired', g.alnum(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), g.zipf(users, 0.9))],
        [1.4, () => g.e('stockLow', g.zipf(skus, 1), g.int(0, 9), g.pick(['DUS-1', 'HAM-2']))],
        [0.6, () => g.e('utClosed', g.pick(['GET', 'POST']), g.zipf(paths, 1)[1])],
        [0.4, () => g.e('utReqFail', g.zipf(paths, 1)[1], g.pick(['java.io.IOException: Broken pipe', 'jakarta.ws.rs.NotFoundException: RESTEASY003210: Could not find resource for full path: http://shop.example.com/shop/api/v0/products']))],
        [0.5, () => { const x = txId(); g.e('reaperTimeout', x); g.e('reaperCancel', g.int(1, 4), x); g.e('abortTx', x, 1); }],
      ],
      rare: [
        () => { const id = ++exec; g.e('batchStart', 'catalogImport', id, '/data/import/catalog-20250617.csv'); g.advance(g.int(200000, 900000)); const r = g.int(100000, 400000); const sk = g.int(0, 300); g.e('batchDone', 'catalogImport', g.commas(r), g.commas(r - sk), sk, `${g.int(3, 14)}m${g.int(0, 59)}s`); },
        () => { const id = ++exec; g.e('batchStart', 'priceSync', id, '/data/import/prices-eu.csv'); g.advance(g.int(20000, 90000)); const r = g.int(2000, 9000); g.e('batchDone', 'priceSync', g.commas(r), g.commas(r), 0, `${g.int(20, 59)}s`); },
        () => { // database failover: pool exhausted, stale connections
          g.e('sqlWarn', 0, '08006'); g.e('sqlMsg'); g.e('handleClosed');
          for (let k = 0; k < 3; k++) { g.e('poolTimeout', 30000); g.e('noManaged', 'java:jboss/datasources/ShopDS'); g.e('ejbFail', 'OrderService', 'public void com.example.shop.order.OrderService.place(com.example.shop.order.Cart)', 'jakarta.persistence.PersistenceException: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection'); g.advance(4000); }
          g.e('sqlWarn', 0, '08003'); g.e('sqlMsg');
        },
        () => { g.e('mgmtOpFail', 'deploy', '[("deployment" => "shop-hotfix.war")]', '"WFLYSRV0153: Failed to process phase PARSE of deployment \\"shop-hotfix.war\\""'); },
        () => { g.e('jmxAuth', 'monitor'); g.e('jmxAuth', 'monitor'); },
        () => { // redeploy of shop.war through the CLI
          g.e('stoppedDeploy', 'shop.war', 'shop.war', g.int(120, 900)); g.e('unregCtx', '/shop', 'default-server');
          g.e('startDeploy', 'shop.war', 'shop.war'); g.e('jpaStart', 1, 'shop.war#shopPU'); g.e('jpaStart', 2, 'shop.war#shopPU'); g.e('weld', 'shop.war');
          g.e('webContext', '/shop', 'default-server'); g.e('replaced', 'shop.war', 'shop.war');
        },
        () => { // restart
          g.e('suspend'); g.e('stoppedDeploy', 'shop.war', 'shop.war', g.int(120, 900)); g.e('unregCtx', '/shop', 'default-server'); g.e('stopped', FULL, CORE, g.int(200, 900));
          g.advance(15000); boot();
        },
      ],
    });
  },
};
