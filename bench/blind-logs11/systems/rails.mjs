// =============================================================== Rails ====
// A Ruby on Rails 7.1 web shop (Puma, two web containers behind a load
// balancer that polls /up), Solid Queue workers for Active Job, Action
// Mailer, Active Storage on an S3-compatible bucket, Action Cable for order
// status, rack-timeout, config.log_tags = [:request_id]. The file is
// log/production.log at INFO with the default Logger formatter.
// Raw line: 'I, [2025-06-03T07:14:05.123456 #41]  INFO -- : [2f0c8a1e-...] Started GET "/products/linen-shirt" for 203.0.113.7 at 2025-06-03 07:14:05 +0000'
// -> the formatter's severity letter, '[time #pid]', the padded level and
// '-- :' (empty progname) are the header; Content is the rest. Tagged
// logging writes the tags into the message, so the request id ('[uuid]'),
// '[ActiveJob]', the job class and job id, and '[ActionCable]' with the
// connection's user stay in Content: the request id and job tags are
// parameters, the fixed tag words are constants. Indentation after a tag
// ('[uuid]   Rendered ...') is kept as printed. Controller, action, format,
// HTTP method, status code and reason phrase, durations, allocations,
// template paths, parameter hashes and job arguments are parameters.
import { drive } from '../lib.mjs';

export default {
  name: 'Rails',
  templates: {
    started: '[<*>] Started <*> "<*>" for <*> at <*>',
    processing: '[<*>] Processing by <*>#<*> as <*>',
    params: '[<*>]   Parameters: <*>',
    renderingLayout: '[<*>]   Rendering layout <*>',
    rendering: '[<*>]   Rendering <*> within <*>',
    renderedWithin: '[<*>]   Rendered <*> within <*> (Duration: <*>ms | Allocations: <*>)',
    renderedPartial: '[<*>]   Rendered <*> (Duration: <*>ms | Allocations: <*>)',
    renderedColl: '[<*>]   Rendered collection of <*> [<*> times] (Duration: <*>ms | Allocations: <*>)',
    renderedCollCache: '[<*>]   Rendered collection of <*> [<*> / <*> cache hits] (Duration: <*>ms | Allocations: <*>)',
    renderedLayout: '[<*>]   Rendered layout <*> (Duration: <*>ms | Allocations: <*>)',
    completedViews: '[<*>] Completed <*> <*> in <*>ms (Views: <*>ms | ActiveRecord: <*>ms | Allocations: <*>)',
    completedAR: '[<*>] Completed <*> <*> in <*>ms (ActiveRecord: <*>ms | Allocations: <*>)',
    redirected: '[<*>] Redirected to <*>',
    halted: '[<*>] Filter chain halted as <*> rendered or redirected',
    csrf: "[<*>] Can't verify CSRF token authenticity.",
    routing: '[<*>] ActionController::RoutingError (No route matches [<*>] "<*>"):',
    notFound: "[<*>] ActiveRecord::RecordNotFound (Couldn't find <*> with 'id'=<*>):",
    invalidToken: "[<*>] ActionController::InvalidAuthenticityToken (Can't verify CSRF token authenticity.):",
    paramMissing: '[<*>] ActionController::ParameterMissing (param is missing or the value is empty: <*>):',
    stale: '[<*>] ActiveRecord::StaleObjectError (Attempted to update a stale object: <*>.):',
    poolTimeout: '[<*>] ActiveRecord::ConnectionTimeoutError (could not obtain a connection from the pool within <*> seconds (waited <*> seconds); all pooled connections were in use):',
    noMethod: "[<*>] NoMethodError (undefined method `<*>' for nil):",
    backtrace: "[<*>] <*>:<*>:in `<*>'",
    rackTimeout: '[<*>] source=rack-timeout id=<*> timeout=<*> service=<*> state=timed_out',
    sentData: '[<*>] Sent data <*> (<*>ms)',
    sentFile: '[<*>] Sent file <*> (<*>ms)',
    s3Upload: '[<*>]   S3 Storage (<*>ms) Uploaded file to key: <*> (checksum: <*>)',
    s3Url: '[<*>]   S3 Storage (<*>ms) Generated URL for file at key: <*> (<*>)',
    unpermitted: '[<*>] Unpermitted parameter: <*>. Context: { controller: <*>, action: <*>, request: <*>, params: <*> }',
    noTemplate: '[<*>] No template found for <*>, rendering head :no_content',
    blockedHost: '[<*>] [ActionDispatch::HostAuthorization::DefaultResponseApp] Blocked hosts: <*>',
    enqueuedReq: '[<*>] [ActiveJob] Enqueued <*> (Job ID: <*>) to <*>(<*>) with arguments: <*>',
    enqueued: '[ActiveJob] Enqueued <*> (Job ID: <*>) to <*>(<*>) with arguments: <*>',
    performing: '[ActiveJob] [<*>] [<*>] Performing <*> (Job ID: <*>) from <*>(<*>) enqueued at <*> with arguments: <*>',
    performed: '[ActiveJob] [<*>] [<*>] Performed <*> (Job ID: <*>) from <*>(<*>) in <*>ms',
    jobError: '[ActiveJob] [<*>] [<*>] Error performing <*> (Job ID: <*>) from <*>(<*>) in <*>ms: <*> (<*>):',
    retrying: '[ActiveJob] [<*>] [<*>] Retrying <*> (Job ID: <*>) after <*> attempts in <*> seconds, due to a <*> (<*>).',
    stopped: '[ActiveJob] [<*>] [<*>] Stopped retrying <*> (Job ID: <*>) due to a <*> (<*>), which reoccurred on <*> attempts.',
    jobRendered: '[ActiveJob] [<*>] [<*>]   Rendered <*> within <*> (Duration: <*>ms | Allocations: <*>)',
    mailerProcessed: '[ActiveJob] [<*>] [<*>] <*>#<*>: processed outbound mail in <*>ms',
    delivered: '[ActiveJob] [<*>] [<*>] Delivered mail <*> (<*>ms)',
    wsStarted: '[<*>] Started <*> "<*>" [WebSocket] for <*> at <*>',
    wsUpgraded: '[<*>] Successfully upgraded to WebSocket (REQUEST_METHOD: <*>, HTTP_CONNECTION: <*>, HTTP_UPGRADE: <*>)',
    cableConfirm: '[ActionCable] [<*>] <*> is transmitting the subscription confirmation',
    cableStream: '[ActionCable] [<*>] <*> is streaming from <*>',
    cableStop: '[ActionCable] [<*>] <*> stopped streaming from <*>',
    wsFinished: '[<*>] Finished "<*>" [WebSocket] for <*> at <*>',
    migrating: 'Migrating to <*> (<*>)',
  },
  scenario(g) {
    const HOST = 'https://shop.example.com';
    const lb = ['10.0.0.5', '10.0.0.6'];
    const visitors = Array.from({ length: 40 }, () => g.ip(g.pick(['203.0.113', '198.51.100', '192.0.2'])));
    const scanners = ['198.51.100.201', '203.0.113.250', '192.0.2.99'];
    const slugs = ['linen-shirt', 'canvas-tote', 'wool-beanie', 'trail-runner-2', 'denim-jacket', 'ceramic-mug', 'rain-shell', 'merino-socks', 'leather-belt', 'summer-dress', 'cargo-shorts', 'sun-hat'];
    const emails = ['anna.berg@example.net', 'j.keller@example.org', 'mia.lund@example.com', 'p.nair@example.net', 'tom.r@example.org', 'lea.v@example.com'];
    let orderNo = 4800 + g.int(0, 60);
    let prodId = 100;
    const prodIds = Object.fromEntries(slugs.map((s) => [s, ++prodId + g.int(0, 3)]));
    const ms = (a, b) => (a + g.r() * (b - a)).toFixed(1);
    const when = () => new Date(g.t).toISOString().replace('T', ' ').slice(0, 19) + ' +0000';
    const enqAt = () => new Date(g.t - g.int(50, 3000)).toISOString().slice(0, 23) + String(g.int(0, 999999)).padStart(6, '0') + 'Z';
    const reqId = () => g.uuid();
    const ip = () => g.zipf(visitors, 0.8);
    const jobQ = [];
    const gid = (m, id) => `#<GlobalID:0x0000${g.hex(12)} @uri=#<URI::GID gid://shop/${m}/${id}>>`;

    const html = (id, tpl, coll) => {
      g.e('renderingLayout', id, 'layouts/application.html.erb');
      g.e('rendering', id, tpl, 'layouts/application');
      let alloc = g.int(800, 3000);
      if (coll) {
        const n = g.int(6, 24);
        if (g.chance(0.6)) g.e('renderedCollCache', id, coll, n, g.int(0, n), ms(1, 30), g.int(900, 9000));
        else g.e('renderedColl', id, coll, n, ms(2, 40), g.int(1500, 12000));
        alloc += 5000;
      }
      const v1 = ms(3, 60);
      g.e('renderedWithin', id, tpl, 'layouts/application', v1, alloc + g.int(0, 4000));
      if (g.chance(0.4)) g.e('renderedPartial', id, g.pick(['shared/_header.html.erb', 'shared/_footer.html.erb', 'shared/_flash.html.erb']), ms(0.2, 3), g.int(80, 900));
      const v2 = (+v1 + g.r() * 20).toFixed(1);
      g.e('renderedLayout', id, 'layouts/application.html.erb', v2, alloc + g.int(4000, 9000));
      return +v2;
    };
    const done = (id, code, reason, views) => {
      const ar = ms(0.4, 25); const tot = Math.ceil((views || 0) + +ar + g.r() * 15);
      if (views !== undefined) g.e('completedViews', id, code, reason, tot, views.toFixed(1), ar, g.int(1500, 40000));
      else g.e('completedAR', id, code, reason, tot, ar, g.int(300, 9000));
    };
    const req = (method, path, who, ctrl, action, fmt, params) => {
      const id = reqId();
      g.e('started', id, method, path, who, when());
      if (ctrl) g.e('processing', id, ctrl, action, fmt);
      if (params) g.e('params', id, params);
      return id;
    };
    const health = () => { const id = req('GET', '/up', g.pick(lb), 'Rails::HealthController', 'show', 'HTML'); g.e('completedViews', id, 200, 'OK', g.int(0, 2), ms(0.1, 0.6), '0.0', g.int(90, 200)); };
    const browse = () => {
      const r = g.r();
      if (r < 0.35) {
        const page = g.chance(0.7) ? '' : `?page=${g.int(2, 6)}`;
        const id = req('GET', '/products' + page, ip(), 'ProductsController', 'index', 'HTML', page ? `{"page"=>"${page.slice(6)}"}` : null);
        done(id, 200, 'OK', html(id, 'products/index.html.erb', 'products/_product.html.erb'));
      } else if (r < 0.8) {
        const s = g.zipf(slugs);
        const id = req('GET', `/products/${s}`, ip(), 'ProductsController', 'show', 'HTML', `{"id"=>"${s}"}`);
        if (g.chance(0.3)) g.e('s3Url', id, ms(0.1, 2), `${g.alnum(28)}`, `${HOST.replace('shop', 'assets')}/rails/active_storage/disk/${g.b64id(24)}`);
        done(id, 200, 'OK', html(id, 'products/show.html.erb'));
      } else {
        const id = req('GET', '/cart', ip(), 'CartsController', 'show', 'HTML');
        done(id, 200, 'OK', html(id, 'carts/show.html.erb', 'carts/_line_item.html.erb'));
      }
    };
    const addToCart = () => {
      const s = g.zipf(slugs);
      const id = req('POST', '/cart/items', ip(), 'CartItemsController', 'create', 'TURBO_STREAM', `{"authenticity_token"=>"[FILTERED]", "product_id"=>"${prodIds[s]}", "quantity"=>"${g.int(1, 3)}"}`);
      if (g.chance(0.05)) { g.e('csrf', id); done(id, 422, 'Unprocessable Entity'); g.e('invalidToken', id); return; }
      g.e('redirected', id, `${HOST}/cart`); done(id, 302, 'Found');
    };
    const checkout = () => {
      const who = ip(); const e = g.zipf(emails);
      let id = req('GET', '/checkout/new', who, 'CheckoutsController', 'new', 'HTML');
      done(id, 200, 'OK', html(id, 'checkouts/new.html.erb'));
      id = req('POST', '/checkout', who, 'CheckoutsController', 'create', 'HTML', `{"authenticity_token"=>"[FILTERED]", "order"=>{"email"=>"${e}", "shipping_address_attributes"=>"[FILTERED]", "payment_method"=>"${g.pick(['card', 'card', 'paypal', 'invoice'])}"}, "commit"=>"Place order"}`);
      const no = `R${++orderNo}${g.int(10000, 99999)}`; const oid = orderNo;
      const jid = g.uuid();
      g.e('enqueuedReq', id, 'ActionMailer::MailDeliveryJob', jid, 'SolidQueue', 'default', `"OrderMailer", "confirmation", "deliver_now", {:params=>{:order=>${gid('Order', oid)}}, :args=>[]}`);
      jobQ.push({ kind: 'mail', jid, oid, e, t: g.t });
      g.e('redirected', id, `${HOST}/orders/${no}`); done(id, 302, 'Found');
      id = req('GET', `/orders/${no}`, who, 'OrdersController', 'show', 'HTML', `{"id"=>"${no}"}`);
      done(id, 200, 'OK', html(id, 'orders/show.html.erb', 'orders/_line_item.html.erb'));
    };
    const api = () => {
      const id = req('GET', `/api/v1/products?updated_since=${new Date(g.t - g.int(60e3, 86400e3)).toISOString().slice(0, 19)}Z`, ip(), 'Api::V1::ProductsController', 'index', 'JSON', `{"updated_since"=>"${new Date(g.t - 3600e3).toISOString().slice(0, 19)}Z"}`);
      g.e('completedViews', id, 200, 'OK', g.int(4, 60), ms(0.5, 20), ms(1, 18), g.int(2000, 30000));
    };
    const login = () => {
      const who = ip();
      if (g.chance(0.6)) {
        const id = req('GET', '/account/orders', who, 'Account::OrdersController', 'index', 'HTML');
        g.e('redirected', id, `${HOST}/login`); g.e('halted', id, ':require_login'); done(id, 302, 'Found');
      }
      const id = req('POST', '/login', who, 'SessionsController', 'create', 'HTML', `{"authenticity_token"=>"[FILTERED]", "email"=>"${g.zipf(emails)}", "password"=>"[FILTERED]", "commit"=>"Log in"}`);
      if (g.chance(0.2)) { done(id, 422, 'Unprocessable Entity', html(id, 'sessions/new.html.erb')); return; }
      g.e('redirected', id, `${HOST}/account/orders`); done(id, 302, 'Found');
    };
    const scan = () => {
      const who = g.pick(scanners);
      const [m, p] = g.pick([['GET', '/wp-login.php'], ['GET', '/.env'], ['GET', '/wp-admin/setup-config.php'], ['POST', '/xmlrpc.php'], ['GET', '/.git/config'], ['GET', '/phpmyadmin/index.php'], ['GET', '/config.json'], ['GET', '/actuator/health']]);
      const id = req(m, p, who);
      g.e('routing', id, m, p);
    };
    const notFound = () => {
      const s = g.pick(['old-linen-shirt', 'winter-parka-2023', 'R4012277', 'gift-card-50']);
      const isOrder = s.startsWith('R');
      const id = req('GET', isOrder ? `/orders/${s}` : `/products/${s}`, ip(), isOrder ? 'OrdersController' : 'ProductsController', 'show', 'HTML', `{"id"=>"${s}"}`);
      done(id, 404, 'Not Found');
      g.e('notFound', id, isOrder ? 'Order' : 'Product', `"${s}"`);
      g.e('backtrace', id, isOrder ? 'app/controllers/orders_controller.rb' : 'app/controllers/products_controller.rb', isOrder ? 41 : 58, isOrder ? 'set_order' : 'set_product');
    };
    const download = () => {
      if (g.chance(0.6)) {
        const no = `R${g.int(4700, orderNo)}${g.int(10000, 99999)}`;
        const id = req('GET', `/orders/${no}/invoice.pdf`, ip(), 'InvoicesController', 'show', 'PDF', `{"order_id"=>"${no}"}`);
        g.e('sentFile', id, `/rails/storage/invoices/invoice-${no}.pdf`, ms(0.2, 3)); done(id, 200, 'OK');
      } else {
        const id = req('POST', '/admin/exports', '10.0.8.21', 'Admin::ExportsController', 'create', 'CSV', `{"authenticity_token"=>"[FILTERED]", "export"=>{"from"=>"${g.ymd(g.t - 7 * 86400e3, '-')}", "to"=>"${g.ymd(g.t, '-')}"}}`);
        g.e('sentData', id, `orders-${g.ymd(g.t, '-')}.csv`, ms(0.3, 4)); done(id, 200, 'OK');
      }
    };
    const adminUpdate = () => {
      const s = g.pick(slugs); const pid = prodIds[s];
      const id = req('PATCH', `/admin/products/${pid}`, '10.0.8.21', 'Admin::ProductsController', 'update', 'HTML', `{"authenticity_token"=>"[FILTERED]", "product"=>{"title"=>"${s.replace(/-/g, ' ')}", "price"=>"${g.int(9, 189)}.00", "images"=>["", "#<ActionDispatch::Http::UploadedFile:0x0000${g.hex(12)} @tempfile=#<Tempfile:/tmp/RackMultipart20250603-41-${g.alnum(6)}.jpg>, @content_type=\\"image/jpeg\\", @original_filename=\\"${s}.jpg\\">"]}, "id"=>"${pid}"}`);
      if (g.chance(0.15)) { done(id, 409, 'Conflict'); g.e('stale', id, 'Product'); g.e('backtrace', id, 'app/controllers/admin/products_controller.rb', 37, 'update'); return; }
      const key = g.alnum(28);
      g.e('s3Upload', id, ms(40, 400), key, `${g.b64id(22)}==`);
      const jid = g.uuid();
      g.e('enqueuedReq', id, 'ActiveStorage::AnalyzeJob', jid, 'SolidQueue', 'default', gid('ActiveStorage::Blob', g.int(900, 2000)));
      jobQ.push({ kind: 'analyze', jid, t: g.t });
      g.e('redirected', id, `${HOST}/admin/products/${pid}`); done(id, 302, 'Found');
    };
    const cable = () => {
      const who = ip(); const e = g.zipf(emails); const o = g.int(orderNo - 20, orderNo);
      const id = reqId();
      g.e('wsStarted', id, 'GET', '/cable', who, when());
      g.e('wsUpgraded', id, 'GET', 'Upgrade', 'websocket');
      g.e('cableConfirm', e, 'OrderStatusChannel');
      g.e('cableStream', e, 'OrderStatusChannel', `order_status:${o}`);
      g.advance(g.int(20000, 400000));
      if (g.chance(0.7)) { g.e('cableStop', e, 'OrderStatusChannel', `order_status:${o}`); g.e('wsFinished', id, '/cable', who, when()); }
    };
    const work = () => {
      if (!jobQ.length) {
        const jid = g.uuid();
        g.e('enqueued', g.pick(['StockSyncJob', 'AbandonedCartReminderJob']), jid, 'SolidQueue', 'default', g.pick(['"warehouse-a"', '{:older_than=>3600}']));
        return;
      }
      const j = jobQ.shift();
      if (j.kind === 'mail') {
        const c = 'ActionMailer::MailDeliveryJob';
        g.e('performing', c, j.jid, c, j.jid, 'SolidQueue', 'default', enqAt(), `"OrderMailer", "confirmation", "deliver_now", {:params=>{:order=>${gid('Order', j.oid)}}, :args=>[]}`);
        g.e('jobRendered', c, j.jid, 'order_mailer/confirmation.html.erb', 'layouts/mailer', ms(2, 30), g.int(2000, 9000));
        g.e('jobRendered', c, j.jid, 'order_mailer/confirmation.text.erb', 'layouts/mailer', ms(0.5, 8), g.int(500, 3000));
        g.e('mailerProcessed', c, j.jid, 'OrderMailer', 'confirmation', ms(20, 90));
        g.e('delivered', c, j.jid, `${g.hex(13)}_${g.int(10, 99)}${g.hex(6)}@web-${g.int(1, 2)}.mail`, ms(80, 900));
        g.e('performed', c, j.jid, c, j.jid, 'SolidQueue', 'default', ms(120, 1200));
      } else {
        const c = 'ActiveStorage::AnalyzeJob';
        g.e('performing', c, j.jid, c, j.jid, 'SolidQueue', 'default', enqAt(), gid('ActiveStorage::Blob', g.int(900, 2000)));
        g.e('performed', c, j.jid, c, j.jid, 'SolidQueue', 'default', ms(30, 600));
      }
    };
    const recurring = () => {
      const c = g.pick(['StockSyncJob', 'AbandonedCartReminderJob']); const jid = g.uuid();
      const args = c === 'StockSyncJob' ? '"warehouse-a"' : '{:older_than=>3600}';
      g.e('enqueued', c, jid, 'SolidQueue', 'default', args);
      g.e('performing', c, jid, c, jid, 'SolidQueue', 'default', enqAt(), args);
      g.e('performed', c, jid, c, jid, 'SolidQueue', 'default', ms(200, 9000));
    };
    drive(g, {
      gapMs: 2500,
      startup: () => { health(); health(); },
      steady: [
        [16, health], [30, browse], [7, addToCart], [3, checkout], [4, api], [4, login], [4, scan], [1.2, notFound], [1.2, download], [0.8, adminUpdate],
        [1.5, cable], [6, work], [1.2, recurring],
      ],
      rare: [
        () => { const s = g.pick(slugs); const id = req('POST', '/cart/items', ip(), 'CartItemsController', 'create', 'TURBO_STREAM', `{"authenticity_token"=>"[FILTERED]", "product_id"=>"${prodIds[s]}", "quantity"=>"1"}`); g.e('csrf', id); done(id, 422, 'Unprocessable Entity'); g.e('invalidToken', id); },
        () => g.e('migrating', 'AddTrackingNumberToOrders', '20250602143012'),
        () => { // the warehouse API times out; the job retries and gives up
          const c = 'StockSyncJob'; const jid = g.uuid(); const err = ['Net::ReadTimeout', 'Net::ReadTimeout with #<TCPSocket:(closed)>'];
          g.e('enqueued', c, jid, 'SolidQueue', 'default', '"warehouse-b"');
          for (let k = 1; k <= 5; k++) {
            g.e('performing', c, jid, c, jid, 'SolidQueue', 'default', enqAt(), '"warehouse-b"');
            g.e('jobError', c, jid, c, jid, 'SolidQueue', 'default', ms(15000, 15100), err[0], err[1]);
            if (k < 5) { g.e('retrying', c, jid, c, jid, k, 3 * k * k, err[0], err[1]); g.advance(3000 * k * k); } else g.e('stopped', c, jid, c, jid, err[0], err[1], 5);
          }
        },
        () => { const id = req('GET', '/products', ip(), 'ProductsController', 'index', 'HTML'); g.advance(15000); g.e('rackTimeout', id, id, '15000ms', `${g.int(15000, 15090)}ms`); },
        () => { for (let k = 0; k < 3; k++) { const id = req('GET', `/products/${g.pick(slugs)}`, ip(), 'ProductsController', 'show', 'HTML'); done(id, 500, 'Internal Server Error'); g.e('poolTimeout', id, 5, '5.000'); } },
        () => { const id = req('GET', '/account/orders', ip(), 'Account::OrdersController', 'index', 'HTML'); done(id, 500, 'Internal Server Error'); g.e('noMethod', id, 'shipping_address'); g.e('backtrace', id, 'app/views/account/orders/index.html.erb', 17, 'block in _app_views_account_orders_index_html_erb___3402398151296474518_30240'); g.e('backtrace', id, 'app/controllers/account/orders_controller.rb', 9, 'index'); },
        () => { const id = req('POST', '/users', ip(), 'Users::RegistrationsController', 'create', 'HTML', '{"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"new.user@example.net", "password"=>"[FILTERED]", "admin"=>"1"}, "commit"=>"Sign up"}');
          g.e('unpermitted', id, ':admin', 'Users::RegistrationsController', 'create', `#<ActionDispatch::Request:0x0000${g.hex(12)}>`, '{"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"new.user@example.net", "password"=>"[FILTERED]", "admin"=>"1"}, "commit"=>"Sign up", "controller"=>"users/registrations", "action"=>"create"}');
          g.e('redirected', id, `${HOST}/account/orders`); done(id, 302, 'Found'); },
        () => { for (let k = 0; k < 2; k++) { const id = req('GET', '/', g.pick(scanners)); g.e('blockedHost', id, '198.51.100.10'); } },
        () => { const id = req('GET', '/api/v1/ping', ip(), 'Api::V1::PingsController', 'show', 'JSON'); g.e('noTemplate', id, 'Api::V1::PingsController#show'); done(id, 204, 'No Content'); },
        () => { const id = req('POST', '/api/v1/carts', ip(), 'Api::V1::CartsController', 'create', 'JSON', '{"items"=>[]}'); done(id, 400, 'Bad Request'); g.e('paramMissing', id, 'cart'); g.e('backtrace', id, 'app/controllers/api/v1/carts_controller.rb', 44, 'cart_params'); },
      ],
    });
  },
};
