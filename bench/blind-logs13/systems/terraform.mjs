// =========================================================== Terraform ====
// Terraform 1.8 run by a GitHub Actions workflow of an 'infra-live'
// repository (plan on pull requests, apply of the saved plan on merge),
// four stacks (network, app, data, dns) with the AWS and Cloudflare
// providers, S3 state backend with DynamoDB locking, TF_IN_AUTOMATION and
// -no-color; the downloaded job logs of several runs, one after another.
// Raw line: '2025-06-17T10:04:05.1234567Z module.vpc.aws_nat_gateway.this[0]: Still creating... [1m10s elapsed]'
// -> the runner's ISO time stamp with 7 fraction digits is the header;
// Content is the rest. The runner's own '##[group]' / '##[endgroup]' /
// '##[error]' lines are kept (they are in the job log). The indentation of
// plan lines ('  # ... will be created') is dropped with the header, the
// error box character '│' is message text and stays.
import { drive } from '../lib.mjs';

export default {
  name: 'Terraform',
  templates: {
    groupRun: '##[group]Run <*>',
    endgroup: '##[endgroup]',
    exitCode: '##[error]Process completed with exit code <*>.',
    initBackend: 'Initializing the backend...',
    backendOk: 'Successfully configured the backend "<*>"! Terraform will automatically',
    backendOk2: 'use this backend unless the backend configuration changes.',
    initModules: 'Initializing modules...',
    downloading: 'Downloading <*> <*> for <*>...',
    initProviders: 'Initializing provider plugins...',
    reusing: '- Reusing previous version of <*> from the dependency lock file',
    installing: '- Installing <*> <*>...',
    installed: '- Installed <*> <*> (signed by HashiCorp)',
    installedPartner: '- Installed <*> <*> (signed by a HashiCorp partner, key ID <*>)',
    initOk: 'Terraform has been successfully initialized!',
    refreshing: '<*>: Refreshing state... [id=<*>]',
    reading: '<*>: Reading...',
    readDone: '<*>: Read complete after <*> [id=<*>]',
    planIntro: 'Terraform used the selected providers to generate the following execution',
    planIntro2: 'plan. Resource actions are indicated with the following symbols:',
    willCreate: '# <*> will be created',
    willUpdate: '# <*> will be updated in-place',
    willDestroy: '# <*> will be destroyed',
    mustReplace: '# <*> must be replaced',
    plan: 'Plan: <*> to add, <*> to change, <*> to destroy.',
    noChanges: 'No changes. Your infrastructure matches the configuration.',
    savedPlan: 'Saved the plan to: <*>',
    lockAcq: 'Acquiring state lock. This may take a few moments...',
    lockRel: 'Releasing state lock. This may take a few moments...',
    creating: '<*>: Creating...',
    stillCreating: '<*>: Still creating... [<*> elapsed]',
    created: '<*>: Creation complete after <*> [id=<*>]',
    modifying: '<*>: Modifying... [id=<*>]',
    stillModifying: '<*>: Still modifying... [id=<*>, <*> elapsed]',
    modified: '<*>: Modifications complete after <*> [id=<*>]',
    destroying: '<*>: Destroying... [id=<*>]',
    stillDestroying: '<*>: Still destroying... [id=<*>, <*> elapsed]',
    destroyed: '<*>: Destruction complete after <*>',
    applyDone: 'Apply complete! Resources: <*> added, <*> changed, <*> destroyed.',
    outputs: 'Outputs:',
    outputLine: '<*> = "<*>"',
    errLock: '│ Error: Error acquiring the state lock',
    lockId: '│   ID:        <*>',
    lockPath: '│   Path:      <*>',
    lockWho: '│   Who:       <*>',
    lockCreated: '│   Created:   <*>',
    errAws: '│ Error: creating <*> (<*>): operation error <*>: <*>, https response error StatusCode: <*>, RequestID: <*>, api error <*>: <*>',
    errWait: "│ Error: waiting for <*> (<*>) update: timeout while waiting for state to become '<*>' (last state: '<*>', timeout: <*>)",
    errWith: '│   with <*>,',
    errOn: '│   on <*> line <*>, in resource "<*>" "<*>":',
    warnDeprecated: '│ Warning: Argument is deprecated',
  },
  scenario(g) {
    const ACC = '111122223333', REG = 'eu-central-1';
    const gid = (p, n) => `${p}-0${g.hex(n)}`;
    const stacks = {
      network: {
        mods: [['vpc', 'registry.terraform.io/terraform-aws-modules/vpc/aws', '5.8.1']],
        provs: [['hashicorp/aws', 'v5.54.1', false]],
        data: [['data.aws_availability_zones.available', REG], ['data.aws_caller_identity.current', ACC]],
        res: [
          ['module.vpc.aws_vpc.this[0]', gid('vpc', 16), 12], ['module.vpc.aws_subnet.private[0]', gid('subnet', 16), 8], ['module.vpc.aws_subnet.private[1]', gid('subnet', 16), 8], ['module.vpc.aws_subnet.private[2]', gid('subnet', 16), 8],
          ['module.vpc.aws_subnet.public[0]', gid('subnet', 16), 8], ['module.vpc.aws_route_table.private[0]', gid('rtb', 16), 3], ['module.vpc.aws_nat_gateway.this[0]', gid('nat', 16), 95], ['module.vpc.aws_eip.nat[0]', `eipalloc-0${g.hex(16)}`, 2],
          ['aws_security_group.alb', gid('sg', 16), 3], ['aws_security_group_rule.alb_https', `sgrule-${g.int(1000000000, 4294967295)}`, 1],
        ],
        outs: [['vpc_id', null], ['private_subnet_ids', null]],
      },
      app: {
        mods: [],
        provs: [['hashicorp/aws', 'v5.54.1', false], ['hashicorp/random', 'v3.6.2', false]],
        data: [['data.aws_ami.al2023', `ami-0${g.hex(16)}`], ['data.aws_iam_policy_document.assume', String(g.int(1000000000, 4294967295))]],
        res: [
          ['aws_lb.shop', `arn:aws:elasticloadbalancing:${REG}:${ACC}:loadbalancer/app/shop-alb/${g.hex(16)}`, 150], ['aws_lb_target_group.web', `arn:aws:elasticloadbalancing:${REG}:${ACC}:targetgroup/shop-web/${g.hex(16)}`, 2],
          ['aws_lb_listener.https', `arn:aws:elasticloadbalancing:${REG}:${ACC}:listener/app/shop-alb/${g.hex(16)}/${g.hex(16)}`, 1], ['aws_launch_template.web', `lt-0${g.hex(16)}`, 2],
          ['aws_autoscaling_group.web', `shop-web-${g.int(20250101000000, 20250616000000)}0000000${g.int(1, 9)}`, 45], ['aws_iam_role.web', 'shop-web', 2], ['aws_iam_role_policy_attachment.web_ssm', `shop-web-${g.int(20250101000000, 20250616000000)}00000002`, 1],
          ['aws_cloudwatch_log_group.app', '/shop/app', 1], ['aws_s3_bucket.assets', 'shop-assets-prod-euc1', 3], ['aws_s3_bucket_versioning.assets', 'shop-assets-prod-euc1', 2], ['random_id.suffix', g.alnum(6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), 0],
        ],
        outs: [['alb_dns_name', `shop-alb-${g.int(100000000, 999999999)}.${REG}.elb.amazonaws.com`], ['asset_bucket', 'shop-assets-prod-euc1']],
      },
      data: {
        mods: [['db', 'registry.terraform.io/terraform-aws-modules/rds/aws', '6.7.0']],
        provs: [['hashicorp/aws', 'v5.54.1', false]],
        data: [['data.aws_caller_identity.current', ACC]],
        res: [
          ['module.db.module.db_instance.aws_db_instance.this[0]', `db-${g.alnum(26, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`, 420], ['module.db.module.db_parameter_group.aws_db_parameter_group.this[0]', 'shop-pg16-20250311', 2],
          ['module.db.module.db_subnet_group.aws_db_subnet_group.this[0]', 'shop-db-20250311', 2], ['aws_kms_key.db', g.uuid(), 30], ['aws_elasticache_replication_group.sessions', 'shop-sessions', 380],
        ],
        outs: [['db_endpoint', `shop-db.${g.alnum(12)}.${REG}.rds.amazonaws.com:5432`]],
      },
      dns: {
        mods: [],
        provs: [['hashicorp/aws', 'v5.54.1', false], ['cloudflare/cloudflare', 'v4.35.0', true]],
        data: [['data.cloudflare_zone.main', g.hex(32)]],
        res: [
          ['cloudflare_record.www', g.hex(32), 2], ['cloudflare_record.api', g.hex(32), 2], ['cloudflare_record.assets_cname', g.hex(32), 2],
          ['aws_route53_record.internal_api', `Z0${g.alnum(19, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}_api.example.internal_A`, 40], ['aws_acm_certificate.shop', `arn:aws:acm:${REG}:${ACC}:certificate/${g.uuid()}`, 4],
          ['aws_acm_certificate_validation.shop', g.ymdhms(g.t - 86400e3 * 40) + ' +0000 UTC', 35],
        ],
        outs: [['certificate_arn', null]],
      },
    };
    stacks.network.outs[0][1] = stacks.network.res[0][1];
    stacks.network.outs[1][1] = stacks.network.res.slice(1, 4).map((r) => r[1]).join(',');
    stacks.dns.outs[0][1] = stacks.dns.res[4][1];
    const names = Object.keys(stacks);
    const el = (s) => (s >= 60 ? `${Math.floor(s / 60)}m${s % 60}s` : `${s}s`);
    const KEYS = { 'hashicorp/aws': null, 'hashicorp/random': null, 'cloudflare/cloudflare': 'C76001609EE3B136' };
    const init = (st, fresh) => {
      g.e('groupRun', 'terraform init -input=false');
      g.e('endgroup');
      g.e('initBackend');
      g.e('backendOk', 's3'); g.e('backendOk2');
      if (st.mods.length) { g.e('initModules'); for (const [m, src, v] of st.mods) g.e('downloading', src, v, m); }
      g.e('initProviders');
      for (const [p] of st.provs) g.e('reusing', p);
      for (const [p, v, partner] of st.provs) {
        g.e('installing', p, v); g.advance(fresh ? g.int(3000, 9000) : g.int(400, 2000));
        if (partner) g.e('installedPartner', p, v, KEYS[p]); else g.e('installed', p, v);
      }
      g.e('initOk');
    };
    const refresh = (st) => {
      for (const [d, id] of st.data) { g.e('reading', d); g.advance(g.int(200, 900)); g.e('readDone', d, el(g.int(0, 1)), id); }
      for (const [r, id] of st.res) g.e('refreshing', r, id);
    };
    const pending = {}; // stack -> planned changes
    const planRun = (name, opts = {}) => {
      const st = stacks[name];
      init(st, false);
      g.e('groupRun', 'terraform plan -input=false -lock-timeout=5m -out=tfplan');
      g.e('lockAcq');
      if (opts.locked) {
        g.e('errLock');
        g.e('lockId', g.uuid()); g.e('lockPath', `shop-tfstate-prod/${name}/terraform.tfstate`);
        g.e('lockWho', `runner@fv-az${g.int(100, 999)}-${g.int(100, 999)}`);
        g.e('lockCreated', `${g.ymdhms(g.t - 600e3)}.${g.int(100000000, 999999999)} +0000 UTC`);
        g.e('exitCode', 1); g.e('endgroup');
        return;
      }
      refresh(st);
      if (opts.deprecated) g.e('warnDeprecated');
      const n = opts.create ? g.int(0, 1) : g.chance(0.3) ? 0 : g.int(1, 4);
      if (n === 0 && !opts.create) { g.e('noChanges'); pending[name] = []; } else {
        g.e('planIntro'); g.e('planIntro2');
        const ch = g.shuffle(st.res.slice()).slice(0, n).map((r) => [g.wpick([[5, 'update'], [2, 'replace'], [1, 'destroy']]), r]);
        if (opts.create) ch.push(['create', opts.create]);
        for (const [k, r] of ch) g.e(k === 'update' ? 'willUpdate' : k === 'replace' ? 'mustReplace' : k === 'destroy' ? 'willDestroy' : 'willCreate', r[0]);
        const add = ch.filter(([k]) => k === 'create' || k === 'replace').length;
        g.e('plan', add, ch.filter(([k]) => k === 'update').length, ch.filter(([k]) => k === 'destroy' || k === 'replace').length);
        g.e('savedPlan', 'tfplan');
        pending[name] = ch;
      }
      g.e('lockRel'); g.e('endgroup');
    };
    const wait = (r, verb, id, secs) => {
      let s = 0;
      while (s + 10 <= secs) { s += 10; g.advance(10000); if (id) g.e(verb, r, id, el(s)); else g.e(verb, r, el(s)); }
    };
    const createRes = (r, fail) => {
      g.e('creating', r[0]);
      const secs = Math.max(1, Math.round(r[2] * g.float(0.6, 1.3, 2)));
      wait(r[0], 'stillCreating', null, fail ? 30 : secs);
      if (fail) return false;
      g.e('created', r[0], el(secs), r[1]);
      return true;
    };
    const applyRun = (name, opts = {}) => {
      const st = stacks[name];
      const ch = pending[name] || [];
      if (!ch.length) { planRun(name); return; }
      init(st, g.chance(0.3));
      g.e('groupRun', 'terraform apply -input=false -auto-approve tfplan');
      g.e('lockAcq');
      let a = 0, c = 0, d = 0;
      for (const [k, r] of ch) {
        if (k === 'update') {
          g.e('modifying', r[0], r[1]);
          const secs = Math.max(1, Math.round(r[2] * g.float(0.1, 0.5, 2)));
          wait(r[0], 'stillModifying', r[1], opts.timeout ? 60 : secs);
          if (opts.timeout) {
            g.e('errWait', 'RDS DB Instance', r[1], 'available', 'modifying', '40m0s');
            g.e('errWith', r[0]); g.e('errOn', '.terraform/modules/db/modules/db_instance/main.tf', 38, 'aws_db_instance', 'this');
            g.e('lockRel'); g.e('exitCode', 1); g.e('endgroup'); pending[name] = []; return;
          }
          g.e('modified', r[0], el(secs), r[1]); c++;
        } else if (k === 'destroy' || k === 'replace') {
          g.e('destroying', r[0], r[1]);
          const secs = Math.max(1, Math.round(r[2] * g.float(0.2, 0.8, 2)));
          wait(r[0], 'stillDestroying', r[1], secs);
          g.e('destroyed', r[0], el(secs)); d++;
          if (k === 'replace') { createRes(r); a++; }
        } else {
          if (!createRes(r, opts.capacity)) {
            g.e('errAws', 'EC2 Instance', r[1], 'EC2', 'RunInstances', 500, g.uuid(), 'InsufficientInstanceCapacity', `We currently do not have sufficient m7g.large capacity in the Availability Zone you requested (${REG}b).`);
            g.e('errWith', r[0]); g.e('errOn', 'bastion.tf', 12, 'aws_instance', 'bastion');
            g.e('lockRel'); g.e('exitCode', 1); g.e('endgroup'); pending[name] = []; return;
          }
          a++;
        }
      }
      g.e('lockRel');
      g.e('applyDone', a, c, d);
      g.e('outputs');
      for (const [o, v] of st.outs) g.e('outputLine', o, v);
      g.e('endgroup');
      pending[name] = [];
    };
    drive(g, {
      gapMs: 60000,
      startup: () => { init(stacks.network, true); },
      steady: [
        [10, () => planRun(g.zipf(names, 0.8))],
        [7, () => { const n = names.find((x) => pending[x] && pending[x].length) || g.zipf(names, 0.8); applyRun(n); }],
      ],
      rare: [
        () => planRun('app', { locked: true }),
        () => planRun('network', { deprecated: true }),
        () => { planRun('app', { create: ['aws_instance.bastion', `i-0${g.hex(16)}`, 20] }); applyRun('app', { capacity: true }); },
        () => { planRun('app', { create: ['aws_cloudwatch_metric_alarm.web_5xx', 'shop-web-5xx', 1] }); applyRun('app'); },
        () => { pending.data = [['update', stacks.data.res[0]]]; applyRun('data', { timeout: true }); },
      ],
    });
  },
};
