// =============================================================== Slurm ====
// slurmctld 23.11 of a 96-node university cluster (cn001..cn080 CPU nodes,
// gpu01..gpu16 GPU nodes; partitions compute, gpu, debug, long), backfill
// scheduler, cons_tres, slurmdbd accounting, munge, mail on job end.
// Raw line: '[2025-06-17T10:04:05.123] sched: Allocate JobId=4812345 NodeList=cn[012-015] #CPUs=128 Partition=compute'
// -> the bracketed ISO timestamp is the header; Content is the rest. The
// 'error: ' / 'Warning: ' prefixes are written into the line body by
// slurm's error()/warning() functions and stay, as do the 'sched:',
// 'sched/backfill:' and function-name prefixes.
import { drive, pad } from '../lib.mjs';

export default {
  name: 'Slurm',
  templates: {
    version: 'slurmctld version <*> started on cluster <*>',
    primary: 'Running as primary controller',
    recoveredNodes: 'Recovered state of <*> nodes',
    recoveredJob: 'Recovered JobId=<*> Assoc=<*>',
    recoveredJobs: 'Recovered information about <*> jobs',
    consTres: 'select/cons_tres: part_data_create_array: select/cons_tres: preparing for <*> partitions',
    registerDbd: 'Registering slurmctld at port <*> with slurmdbd',
    submit: '_slurm_rpc_submit_batch_job: JobId=<*> InitPrio=<*> usec=<*>',
    submitArray: '_slurm_rpc_submit_batch_job: JobId=<*> InitPrio=<*> usec=<*> array_task_cnt=<*>',
    allocate: 'sched: Allocate JobId=<*> NodeList=<*> #CPUs=<*> Partition=<*>',
    bfStarted: 'sched/backfill: _start_job: Started JobId=<*> in <*> on <*>',
    bfCycle: 'sched/backfill: _attempt_backfill: completed testing <*>(<*>) jobs, usec=<*>',
    exitStatus: '_job_complete: JobId=<*> WEXITSTATUS <*>',
    termSig: '_job_complete: JobId=<*> WTERMSIG <*>',
    done: '_job_complete: JobId=<*> done',
    timeLimit: 'Time limit exhausted for JobId=<*>',
    killJob: '_slurm_rpc_kill_job: REQUEST_KILL_JOB JobId=<*> uid <*>',
    signalJob: 'job_signal: <*> of running JobId=<*> successful <*>',
    completing: 'cleanup_completing: JobId=<*> completion process took <*> seconds',
    mail: 'email msg to <*>: Slurm Job_id=<*> Name=<*> Ended, Run time <*>, <*>, ExitCode <*>',
    neverRunnable: '_pick_best_nodes: JobId=<*> never runnable in partition <*>',
    notAvailable: '_slurm_rpc_submit_batch_job: Requested node configuration is not available',
    assocLimit: 'error: _slurm_rpc_submit_batch_job: Job violates accounting/QOS policy (job submit limit, user\'s size and/or time limits)',
    notResponding: 'error: Nodes <*> not responding',
    settingDown: 'error: Nodes <*> not responding, setting DOWN',
    nowResponding: 'Node <*> now responding',
    requeueMissing: 'Batch JobId=<*> missing from batch node <*> (not found BatchStartTime after startup), Requeuing job',
    requeue: '_job_requeue_op: JobId=<*> state <*> reason <*> priority <*>',
    reasonSet: 'update_node: node <*> reason set to: <*>',
    stateSet: 'update_node: node <*> state set to <*>',
    returned: 'node <*> returned to service',
    lowMem: 'error: validate_node_specs: Node <*> has low real_memory size (<*> < <*>)',
    regInvalid: 'error: _slurm_rpc_node_registration node=<*>: Invalid argument',
    zeroBytes: 'error: slurm_receive_msg [<*>:<*>]: Zero Bytes were transmitted or received',
    mungeExpired: 'error: Munge decode failed: Expired credential',
    mungeRewound: 'error: Munge decode failed: Rewound credential',
    mungeEncoded: 'auth/munge: _print_cred: ENCODED: <*>',
    mungeDecoded: 'auth/munge: _print_cred: DECODED: <*>',
    slowBg: 'Warning: Note very large processing time from _slurmctld_background: usec=<*> began=<*>',
    slowRpc: 'Warning: Note very large processing time from <*>: usec=<*> began=<*>',
    reconfig: '_slurm_rpc_reconfigure_controller: completed usec=<*>',
    dbdQueue: 'error: slurmdbd: agent queue size <*>',
    dbdConnFail: 'error: slurmdbd: Sending PersistInit msg: Connection refused',
    dbdConn: 'accounting_storage/slurmdbd: clusteracct_storage_p_register_ctld: Registering slurmctld at port <*> with slurmdbd',
    preempt: 'preempted JobId=<*> has been requeued to reclaim resources for JobId=<*>',
    underflow: 'error: _handle_assoc_tres_run_secs: job <*>: assoc <*> TRES <*> grp_used_tres_run_secs underflow, tried to remove <*> seconds when only <*> remained.',
    terminate: 'Terminate signal (SIGINT or SIGTERM) received',
    saving: 'Saving all slurm state',
    resend: 'Resending TERMINATE_JOB request JobId=<*> Nodelist=<*>',
    gresMismatch: 'error: gres/gpu: _node_config_validate: node <*> configured for <*> gres, found <*>',
  },
  scenario(g) {
    const cpu = Array.from({ length: 80 }, (_, i) => `cn${pad(i + 1, 3)}`);
    const gpu = Array.from({ length: 16 }, (_, i) => `gpu${pad(i + 1, 2)}`);
    const users = [['alice', 51021], ['bkumar', 51044], ['chen.w', 51107], ['dmitri', 51210], ['eva.l', 51233], ['farid', 51302], ['gsmith', 51377], ['hana', 51401], ['ivo', 51466], ['jpark', 51512]];
    const names = ['train_resnet', 'md_run', 'gromacs_npt', 'sweep', 'bash', 'align_bwa', 'cfd_mesh', 'lammps_eq', 'postproc', 'jupyter', 'vasp_relax', 'nf-pipeline'];
    let jobId = 4812000 + g.int(0, 900);
    const pending = []; const running = [];
    const range = (list, k) => { // hostlist expression for k consecutive nodes
      const i = g.int(0, list.length - k); const sel = list.slice(i, i + k);
      if (k === 1) return { expr: sel[0], nodes: sel };
      const pre = sel[0].replace(/\d+$/, ''); const w = sel[0].length - pre.length;
      return { expr: `${pre}[${sel[0].slice(pre.length)}-${sel[k - 1].slice(pre.length)}]`, nodes: sel, w };
    };
    const submit = () => {
      const u = g.zipf(users, 1.1); const part = g.wpick([[6, 'compute'], [3, 'gpu'], [1.5, 'debug'], [1, 'long']]);
      const j = { id: ++jobId, u, part, name: g.zipf(names, 1), t0: g.t };
      if (g.chance(0.08)) { g.e('submitArray', j.id, g.int(1000, 90000), g.int(300, 9000), g.pick([10, 20, 50, 100, 250])); }
      else g.e('submit', j.id, g.int(1000, 90000), g.int(200, 6000));
      pending.push(j);
    };
    const start = () => {
      if (!pending.length) return submit();
      const j = pending.splice(g.int(0, Math.min(3, pending.length - 1)), 1)[0];
      const list = j.part === 'gpu' ? gpu : cpu;
      const h = range(list, g.wpick([[6, 1], [2, 2], [2, 4], [1, 8]]));
      j.nodes = h; j.t1 = g.t;
      if (g.chance(0.35)) g.e('bfStarted', j.id, j.part, h.expr);
      else g.e('allocate', j.id, h.expr, h.nodes.length * (j.part === 'gpu' ? 64 : 128) / g.pick([1, 2, 4]), j.part);
      running.push(j);
    };
    const hms = (ms) => { const s = Math.floor(ms / 1000); return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`; };
    const finish = () => {
      if (running.length < 4) return start();
      const j = running.splice(g.int(0, running.length - 1), 1)[0];
      const r = g.r();
      let state = 'COMPLETED', code = 0;
      if (r < 0.62) { g.e('exitStatus', j.id, 0); }
      else if (r < 0.8) { code = g.pick([1, 1, 2, 127, 137]); state = 'FAILED'; g.e('exitStatus', j.id, code); }
      else if (r < 0.9) { state = 'TIMEOUT'; g.e('timeLimit', j.id); g.e('termSig', j.id, 15); }
      else { state = 'CANCELLED'; g.e('killJob', j.id, j.u[1]); g.e('signalJob', 9, j.id, '0x8004'); g.e('termSig', j.id, 9); }
      g.e('done', j.id);
      if (g.chance(0.2)) g.e('completing', j.id, g.int(2, 40));
      if (['alice', 'chen.w', 'jpark'].includes(j.u[0]) && g.chance(0.7)) g.e('mail', `${j.u[0]}@example.edu`, j.id, j.name, hms(g.t - j.t1 + g.int(60000, 20000000)), state, code);
    };
    const backfill = () => g.e('bfCycle', g.int(20, 400), g.int(20, 400), g.int(800, 250000));
    const boot = () => {
      g.e('version', '23.11.6', 'hpc1');
      g.e('recoveredNodes', 96);
      const rec = g.int(3, 6);
      for (let k = 0; k < rec; k++) g.e('recoveredJob', jobId - 40 + k * 3, g.int(10, 120));
      g.e('recoveredJobs', g.int(120, 400));
      g.e('consTres', 4);
      g.e('primary');
      g.e('registerDbd', 6817);
    };
    drive(g, {
      gapMs: 9000,
      startup: () => { boot(); for (let k = 0; k < 8; k++) { submit(); if (g.chance(0.5)) start(); } },
      steady: [
        [10, submit], [9, start], [9, finish], [4, backfill],
        [0.5, () => { const j = pending.length ? g.pick(pending) : null; if (!j) return submit(); g.e('neverRunnable', j.id, 'gpu'); pending.splice(pending.indexOf(j), 1); }],
        [0.3, () => g.e('notAvailable')],
        [0.3, () => g.e('assocLimit')],
        [0.6, () => g.e('zeroBytes', g.ip('10.20'), g.eport())],
        [0.3, () => { const a = running.length ? g.pick(running) : null; if (!a) return submit(); const b = { id: ++jobId }; g.e('preempt', a.id, b.id); running.splice(running.indexOf(a), 1); pending.push(a); }],
      ],
      rare: [
        () => { // a node hangs, goes down, its batch job is requeued, node comes back
          const n = g.pick(cpu.slice(10, 30));
          g.e('notResponding', n); g.advance(120000); g.e('notResponding', n); g.advance(180000); g.e('settingDown', n);
          const j = running.length ? running[0] : { id: jobId - 3 };
          g.e('requeueMissing', j.id, n); g.e('requeue', j.id, '0x8000', 0, g.int(1000, 90000));
          g.e('resend', j.id, n);
          g.advance(900000); g.e('nowResponding', n); g.e('returned', n);
        },
        () => { const n = 'gpu07'; g.e('reasonSet', n, 'ECC errors on GPU2'); g.e('stateSet', n, 'DRAINING'); g.advance(2000000); g.e('stateSet', n, 'DRAINED'); g.advance(900000); g.e('stateSet', n, 'RESUME'); g.e('returned', n); },
        () => { g.e('reasonSet', 'cn[041-044]', 'bios update'); g.e('stateSet', 'cn[041-044]', 'DRAIN'); },
        () => { g.e('lowMem', 'cn063', 191000, 257000); g.e('regInvalid', 'cn063'); g.e('regInvalid', 'cn063'); },
        () => { g.e('gresMismatch', 'gpu12', 4, 3); g.e('regInvalid', 'gpu12'); },
        () => { const d = g.t; g.e('mungeExpired'); g.e('mungeEncoded', new Date(d - 420000).toUTCString().replace('GMT', 'UTC')); g.e('mungeDecoded', new Date(d).toUTCString().replace('GMT', 'UTC')); g.e('mungeRewound'); },
        () => { const t = g.t - 4000; const d = new Date(t); g.e('slowBg', g.int(2000000, 6000000), `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`); },
        () => { const d = new Date(g.t - 2500); g.e('slowRpc', '_slurm_rpc_dump_jobs', g.int(1100000, 3000000), `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`); },
        () => g.e('reconfig', g.int(40000, 180000)),
        () => { g.e('dbdConnFail'); g.advance(60000); g.e('dbdQueue', 112); g.advance(60000); g.e('dbdQueue', 389); g.e('dbdConn', 6817); },
        () => { const j = running.length ? running[0] : { id: jobId - 1 }; g.e('underflow', j.id, 42, 'cpu', 3600, 3472); },
        () => { g.e('terminate'); g.e('saving'); g.advance(20000); boot(); },
      ],
    });
  },
};
