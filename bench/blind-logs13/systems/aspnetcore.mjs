// ========================================================== AspNetCore ====
// An order-fulfilment service written in .NET 8 (ASP.NET Core minimal API +
// EF Core on SQL Server + Hangfire + an Azure Service Bus consumer + a
// carrier API behind Microsoft.Extensions.Http.Resilience), hosted as a
// Windows service, logging through Serilog's file sink with the output
// template '{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] ({SourceContext}) {Message}{NewLine}{Exception}'.
// Raw line: '2025-06-17 10:04:05.123 +00:00 [INF] (Serilog.AspNetCore.RequestLoggingMiddleware) HTTP "GET" "/api/orders/ORD-2025-004512" responded 200 in 12.3456 ms'
// -> time stamp, '[LVL]' and '(SourceContext)' are the header; Content is
// the rendered message. Because the template uses {Message} and not
// {Message:lj}, Serilog puts double quotes around every string property
// (also inside the single quotes of framework messages: '"Text"',
// ("12"ms)), while numbers, enums, TimeSpans, Guids and Uris stay bare.
// Exception stack traces and EF Core's SQL text on the following lines are
// not in the slice.
import { drive, pad } from '../lib.mjs';

export default {
  name: 'AspNetCore',
  templates: {
    listening: 'Now listening on: "<*>"',
    appStarted: 'Application started. Press Ctrl+C to shut down.',
    hostingEnv: 'Hosting environment: "<*>"',
    contentRoot: 'Content root path: "<*>"',
    shuttingDown: 'Application is shutting down...',
    dataProt: `User profile is available. Using '"<*>"' as key repository and Windows DPAPI to encrypt keys at rest.`,
    dpKey: 'Creating key {<*>} with creation date <*>, activation date <*>, and expiration date <*>.',
    httpReq: 'HTTP "<*>" "<*>" responded <*> in <*> ms',
    efExec: `Executed DbCommand ("<*>"ms) [Parameters=["<*>"], CommandType='"<*>"', CommandTimeout='<*>']`,
    efFail: `Failed executing DbCommand ("<*>"ms) [Parameters=["<*>"], CommandType='"<*>"', CommandTimeout='<*>']`,
    efConnErr: `An error occurred using the connection to database '"<*>"' on server '"<*>"'.`,
    efRetry: 'A transient exception occurred during execution. The operation will be retried after <*>ms.',
    sbReceived: 'Received message "<*>" from "<*>" (delivery count <*>)',
    sbDeadletter: 'Message "<*>" moved to dead-letter queue: "<*>"',
    processing: 'Processing order "<*>" for customer <*> with <*> lines',
    reserved: 'Reserved stock for order "<*>" at warehouse "<*>" in <*> ms',
    stockShort: 'Insufficient stock for SKU "<*>" (requested <*>, available <*>); order "<*>" moved to <*>',
    statusChanged: 'Order "<*>" status changed from <*> to <*>',
    label: 'Shipment label created for order "<*>": carrier "<*>", tracking "<*>"',
    httpStart: 'Start processing HTTP request "<*>" <*>',
    httpSend: 'Sending HTTP request "<*>" <*>',
    httpHeaders: 'Received HTTP response headers after <*>ms - <*>',
    httpEnd: 'End processing HTTP request after <*>ms - <*>',
    resAttempt: `Execution attempt. Source: '"<*>"', Operation Key: '<*>', Result: '<*>', Handled: '<*>', Attempt: '<*>', Execution Time: <*>ms`,
    resEvent: `Resilience event occurred. EventName: '"<*>"', Source: '"<*>"', Operation Key: '<*>', Result: '<*>'`,
    hfAnnounced: 'Server <*> successfully announced in <*> ms',
    hfDispatchers: 'Server <*> is starting the registered dispatchers: <*>',
    hfStarted: 'Server <*> all the dispatchers started',
    hfStopping: 'Server <*> caught stopping signal...',
    hfStopped: 'Server <*> successfully reported itself as stopped in <*> ms',
    hfRemoved: '<*> servers were removed due to timeout',
    hfRetry: "Failed to process the job '<*>': an exception occurred. Retry attempt <*> of <*> will be performed in <*>.",
    jobStart: 'Starting job "<*>" (Hangfire job <*>)',
    exportDone: 'Nightly export "<*>" written to "<*>": <*> rows, <*> bytes',
    cacheWarmed: 'Product cache warmed: <*> items in <*>',
    health: `Health check "<*>" with status <*> completed after <*>ms with message '"<*>"'`,
    healthAll: 'Health check processing with combined status <*> completed after <*>ms',
    notAuth: '"<*>" was not authenticated. Failure message: "<*>"',
    challenged: 'AuthenticationScheme: "<*>" was challenged.',
    forbidden: 'AuthenticationScheme: "<*>" was forbidden.',
    authzFail: 'Authorization failed. These requirements were not met:',
    unhandled: 'An unhandled exception has occurred while executing the request.',
    badRequest: 'Connection id "<*>" bad request data: "<*>"',
    bodyUnread: 'Connection id "<*>", Request id "<*>": the application completed without reading the entire request body.',
    heartbeat: 'As of "<*>", the heartbeat has been running for "<*>" which is longer than "<*>". This could be caused by thread pool starvation.',
    configReload: 'Configuration reloaded from "<*>"',
  },
  scenario(g) {
    const HOST = 'FULFIL-APP02';
    const hfServer = () => `${HOST.toLowerCase()}:${g.int(3000, 9000)}:${g.hex(8)}`;
    let hf = hfServer();
    const connId = () => '0HN4' + g.alnum(9, 'ABCDEFGHIJKLMNOPQRSTUV0123456789');
    const orders = [];
    let seq = 4480;
    const skus = ['SKU-10442-BLK', 'SKU-10442-WHT', 'SKU-20871', 'SKU-31007-XL', 'SKU-31007-M', 'SKU-40950', 'SKU-52218-2PK', 'SKU-60013'];
    const whs = ['HAM-01', 'HAM-01', 'LEJ-02', 'DUS-03'];
    const carriers = [['DHL', 'https://api-eu.dhl.example.net/parcel/de/shipping/v2/orders'], ['GLS', 'https://shipit.gls.example.net/backend/rs/shipments'], ['DPD', 'https://api.dpd.example.net/shipping/v1/labels']];
    const ms4 = (a, b) => g.float(a, b, 4);
    const ef = (kind, fail) => {
      const p = { byId: "@__orderId_0='?' (Size = 20)", lines: "@__orderId_0='?' (Size = 20)", insert: "@p0='?' (DbType = Int32), @p1='?' (Size = 20), @p2='?' (DbType = DateTime2), @p3='?' (Size = 16)", update: "@p1='?' (Size = 20), @p0='?' (Size = 16), @p2='?' (Size = 8) (DbType = Binary)", stock: "@__sku_0='?' (Size = 32), @__warehouse_1='?' (Size = 8)", page: "@__p_0='?' (DbType = Int32), @__p_1='?' (DbType = Int32)" }[kind];
      g.e(fail ? 'efFail' : 'efExec', fail ? g.int(15000, 30050) : g.wpick([[8, g.int(0, 9)], [3, g.int(10, 80)], [1, g.int(80, 900)]]), p, 'Text', 30);
    };
    const http = (m, path, st, a, b) => g.e('httpReq', m, path, st, ms4(a, b));
    const newOrder = () => `ORD-2025-${pad(++seq, 6)}`;
    const api = () => {
      const k = g.wpick([[10, 'get'], [3, 'list'], [3, 'post'], [2, 'prod'], [5, 'health'], [0.6, 'unauth'], [0.3, 'forbid']]);
      if (k === 'get') { const o = orders.length ? g.zipf(orders, 0.7).id : newOrder(); if (g.chance(0.6)) ef('byId'); http('GET', `/api/orders/${o}`, g.chance(0.06) ? 404 : 200, 3, 60); }
      else if (k === 'list') { ef('page'); http('GET', '/api/orders', 200, 20, 240); }
      else if (k === 'post') { const id = newOrder(); ef('insert'); http('POST', '/api/orders', 201, 15, 120); orders.unshift({ id, cust: g.int(1000, 9800), lines: g.int(1, 6), st: 'Received' }); if (orders.length > 40) orders.pop(); }
      else if (k === 'prod') { http('GET', `/api/products/${g.pick(skus)}`, 200, 1, 15); }
      else if (k === 'health') { http('GET', '/health', 200, 0.5, 9); }
      else if (k === 'unauth') { g.e('notAuth', 'Bearer', g.pick(["IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '6/17/2025 9:58:12 AM', Current time (UTC): '6/17/2025 10:04:05 AM'.", 'IDX10503: Signature validation failed. Token does not have a kid. Keys tried: \'[PII of type \'System.Text.StringBuilder\' is hidden.]\'.'])); g.e('authzFail'); g.e('challenged', 'Bearer'); http('GET', '/api/orders', 401, 0.5, 4); }
      else { g.e('authzFail'); g.e('forbidden', 'Bearer'); http('DELETE', `/api/orders/${orders.length ? orders[0].id : newOrder()}`, 403, 0.5, 4); }
    };
    const setStatus = (o, to) => { g.e('statusChanged', o.id, o.st, to); o.st = to; };
    const carrierCall = (o, failTimes = 0) => {
      const [c, url] = g.zipf(carriers, 1);
      g.e('httpStart', 'POST', url);
      for (let a = 0; a <= failTimes; a++) {
        g.e('httpSend', 'POST', url);
        const ok = a === failTimes; const st = ok ? 200 : g.pick([503, 502]); const ms = ms4(ok ? 120 : 30, ok ? 900 : 300);
        g.e('httpHeaders', ms, st);
        if (!ok || g.chance(0.05)) g.e('resAttempt', `carrier-${c.toLowerCase()}-standard//Standard-Retry`, 'null', st, ok ? 'False' : 'True', a, ms);
        if (!ok) { g.e('resEvent', 'OnRetry', `carrier-${c.toLowerCase()}-standard//Standard-Retry`, 'null', st); g.advance(2000 * 2 ** a); }
      }
      g.e('httpEnd', ms4(150, 1400), 200);
      g.e('label', o.id, c, `${c === 'DHL' ? '00340434' : c === 'GLS' ? 'ZK' : '0150'}${g.int(100000000, 999999999)}${g.int(10, 99)}`);
      return c;
    };
    const fulfil = () => {
      const o = orders.find((x) => x.st === 'Received') || { id: newOrder(), cust: g.int(1000, 9800), lines: g.int(1, 6), st: 'Received' };
      if (!orders.includes(o)) orders.unshift(o);
      g.e('sbReceived', g.hex(32), 'orders-to-fulfil', 1);
      g.e('processing', o.id, o.cust, o.lines);
      ef('lines');
      if (g.chance(0.05)) { const sku = g.pick(skus); g.e('stockShort', sku, g.int(2, 5), g.int(0, 1), o.id, 'Backordered'); o.st = 'Received'; setStatus(o, 'Backordered'); ef('update'); return; }
      ef('stock');
      g.e('reserved', o.id, g.zipf(whs), g.int(8, 140));
      setStatus(o, 'Picking');
    };
    const ship = () => {
      const o = orders.find((x) => x.st === 'Picking' || x.st === 'Packed');
      if (!o) { fulfil(); return; }
      if (o.st === 'Picking') { setStatus(o, 'Packed'); return; }
      carrierCall(o, g.chance(0.06) ? 1 : 0);
      setStatus(o, 'Shipped'); ef('update');
    };
    const healthBad = () => {
      const [n, st, m] = g.pick([['sqlserver', 'Degraded', 'Response time above 500 ms'], ['servicebus', 'Degraded', 'Receiver link detached, reconnecting'], ['carrier-dhl', 'Unhealthy', 'Endpoint returned 503']]);
      g.e('health', n, st, ms4(500, 5200), m); g.e('healthAll', st, ms4(500, 5300));
    };
    const boot = () => {
      g.e('dataProt', 'C:\\Windows\\system32\\config\\systemprofile\\AppData\\Local\\ASP.NET\\DataProtection-Keys');
      g.e('listening', 'https://[::]:5443'); g.e('listening', 'http://localhost:5080');
      g.e('appStarted');
      g.e('hostingEnv', 'Production');
      g.e('contentRoot', 'C:\\Services\\Fulfilment\\');
      hf = hfServer();
      g.e('hfDispatchers', hf, 'ServerHeartbeatProcess, ServerWatchdog, ServerJobCancellationWatcher, ExpirationManager, CountersAggregator, SqlServerHeartbeatProcess, Worker, DelayedJobScheduler, RecurringJobScheduler');
      g.e('hfAnnounced', hf, ms4(20, 200));
      g.e('hfStarted', hf);
      const t0 = g.t; g.advance(g.int(1500, 4000));
      g.e('cacheWarmed', g.int(1800, 2400), `00:00:0${((g.t - t0) / 1000).toFixed(7)}`);
    };
    let job = 18230;
    drive(g, {
      gapMs: 4000,
      startup: boot,
      steady: [
        [30, api], [9, fulfil], [11, ship],
        [0.6, healthBad],
        [0.5, () => { g.e('badRequest', connId(), g.pick(['Invalid request line: \'\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xFC\\x03\\x03...\'', 'Request headers too long.', 'Malformed request: invalid headers.'])); }],
        [0.4, () => { g.e('bodyUnread', connId(), `${connId()}:0000000${g.int(1, 9)}`); }],
        [0.3, () => { g.e('hfRemoved', 1); }],
      ],
      rare: [
        () => { // nightly export via Hangfire, first attempt fails on the file share
          const id = ++job; g.e('jobStart', 'nightly-orders-export', id);
          g.e('hfRetry', id, 1, 10, '00:00:31');
          g.advance(31000); g.e('jobStart', 'nightly-orders-export', id);
          g.e('exportDone', 'orders', `\\\\fs01.example.internal\\exports\\orders\\${g.ymd(g.t, '-')}\\orders.csv`, g.commas(g.int(11000, 14000)), g.commas(g.int(3000000, 4200000)));
        },
        () => { const id = ++job; g.e('jobStart', 'stock-snapshot', id); g.e('exportDone', 'stock', `\\\\fs01.example.internal\\exports\\stock\\${g.ymd(g.t, '-')}\\stock.csv`, g.commas(g.int(2000, 2400)), g.commas(g.int(180000, 240000))); },
        () => { // SQL failover
          ef('byId', true);
          g.e('efRetry', g.int(900, 1300)); g.advance(1100);
          g.e('efRetry', g.int(2000, 2600)); g.advance(2300);
          ef('byId', true);
          g.e('efConnErr', 'Fulfilment', 'tcp:sql-ag-listener.example.internal,1433');
          g.e('unhandled'); http('GET', `/api/orders/${orders.length ? orders[0].id : newOrder()}`, 500, 30000, 31000);
          g.e('health', 'sqlserver', 'Unhealthy', ms4(5000, 5010), 'Connection timeout expired'); g.e('healthAll', 'Unhealthy', ms4(5000, 5020));
        },
        () => { // poison message
          const mid = g.hex(32);
          for (let k = 1; k <= 3; k++) { g.e('sbReceived', mid, 'orders-to-fulfil', k); g.e('processing', 'ORD-2025-000000', 0, 0); }
          g.e('sbDeadletter', mid, 'MaxDeliveryCountExceeded');
        },
        () => { const o = orders[0] || { id: newOrder(), st: 'Packed' }; carrierCall(o, 2); setStatus(o, 'Shipped'); },
        () => { g.e('resEvent', 'OnCircuitOpened', 'carrier-gls-standard//Standard-CircuitBreaker', 'null', 503); g.advance(30000); g.e('resEvent', 'OnCircuitHalfOpened', 'carrier-gls-standard//Standard-CircuitBreaker', 'null', 'null'); g.e('resEvent', 'OnCircuitClosed', 'carrier-gls-standard//Standard-CircuitBreaker', 'null', 200); },
        () => { const d = new Date(g.t); g.e('heartbeat', `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +00:00`, `00:00:0${g.float(1.1, 3.9, 7)}`, '00:00:01'); },
        () => { g.e('configReload', 'C:\\Services\\Fulfilment\\appsettings.Production.json'); },
        () => { const iso = (t) => new Date(t).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z'); g.e('dpKey', g.uuid(), iso(g.t), iso(g.t + 2 * 86400e3), iso(g.t + 90 * 86400e3)); },
        () => { // service restart for a deployment
          g.e('shuttingDown'); g.e('hfStopping', hf); g.e('hfStopped', hf, ms4(10, 90));
          g.advance(20000); boot();
        },
      ],
    });
  },
};
