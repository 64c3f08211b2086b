// =============================================================== Flink ====
// Apache Flink 1.18 standalone session cluster on Kubernetes (one
// JobManager, two TaskManagers with two slots each), RocksDB state backend
// with incremental checkpoints to S3-compatible storage, two streaming jobs
// reading from and writing to Kafka, `taskmanager.debug.memory.log: true`.
// The slice is the JobManager's log merged by time with the log of
// TaskManager tm-1 (as a log collector ships both); default log4j2
// console pattern.
// Raw line: '2025-05-13 10:04:05,123 INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph       [] - Source: orders -> Filter -> Map (1/2) (3f2a..._0_0) switched from DEPLOYING to INITIALIZING.'
// -> Content is the text after " - ": the timestamp, level, logger name
// and the (empty) MDC brackets are the header.
import { drive } from '../lib.mjs';

const VER = '1.18.1';

export default {
  name: 'Flink',
  templates: {
    startEntry: 'Starting StandaloneSessionClusterEntrypoint (Version: <*>, Scala: <*>, Rev:<*>, Date:<*>)',
    osUser: 'OS current user: <*>',
    noHadoop: 'Current Hadoop/Kerberos user: <no hadoop dependency found>',
    jvm: 'JVM: <*> - <*> - <*>',
    arch: 'Arch: <*>',
    maxHeap: 'Maximum heap size: <*> MiBytes',
    javaHome: 'JAVA_HOME: <*>',
    loadingConf: 'Loading configuration property: <*>, <*>',
    restListening: 'Rest endpoint listening at <*>:<*>',
    webFrontend: 'Web frontend listening at <*>.',
    rpcEndpoint: 'Starting RPC endpoint for <*> at <*> .',
    rmStart: 'Starting the resource manager.',
    slotMgr: 'Starting the slot manager.',
    registerTM: 'Registering TaskManager with ResourceID <*> (<*>) at ResourceManager',
    submitGraph: "Received JobGraph submission '<*>' (<*>).",
    submitting: "Submitting job '<*>' (<*>).",
    startExec: "Starting execution of job '<*>' (<*>) under job master id <*>.",
    opNameTrunc: 'The operator name <*> exceeded the 80 characters length limit and was truncated.',
    jobState: 'Job <*> (<*>) switched from state <*> to <*>.',
    resReq: 'Received resource requirements from job <*>: [ResourceRequirement{resourceProfile=ResourceProfile{UNKNOWN}, numberOfRequiredSlots=<*>}]',
    clearReq: 'Clearing resource requirements of job <*>',
    notEnough: 'Could not fulfill resource requirements of job <*>. Free slots: <*>',
    regJM: 'Registering job manager <*>@<*> for job <*>.',
    regdJM: 'Registered job manager <*>@<*> for job <*>.',
    taskSwitch: '<*> (<*>/<*>) (<*>) switched from <*> to <*>.',
    taskSwitchOn: '<*> (<*>/<*>) (<*>) switched from <*> to <*> on <*> @ <*> (dataPort=<*>).',
    deploying: 'Deploying <*> (<*>/<*>) (attempt #<*>) with attempt id <*> and vertex id <*> to <*> @ <*> (dataPort=<*>) with allocation id <*>',
    trigger: 'Triggering checkpoint <*> (type=<*>) @ <*> for job <*>.',
    completed: 'Completed checkpoint <*> for job <*> (<*> bytes, checkpointDuration=<*> ms, finalizationTime=<*> ms).',
    markSource: 'Marking checkpoint <*> as completed for source <*>.',
    expired: 'Checkpoint <*> of job <*> expired before completing.',
    failedCkpt: 'Failed to trigger or complete checkpoint <*> for job <*>. (<*> consecutive failed attempts so far)',
    decline: 'Decline checkpoint <*> by task <*> of job <*> at <*>.',
    lateMsg: 'Received late message for now expired checkpoint attempt <*> from task <*> of job <*> at <*>.',
    noCkptRunning: 'Failed to trigger checkpoint for job <*> since <*>.',
    restoring: 'Restoring job <*> from Checkpoint <*> @ <*> for <*> located at <*>.',
    calcRestart: 'Calculating tasks to restart to recover the failed task <*>.',
    nRestart: '<*> tasks will be restarted to recover the failed task <*>.',
    discarding: 'Discarding the results produced by task execution <*>.',
    tmHeartbeat: 'The heartbeat of TaskManager with id <*> timed out.',
    closeTM: 'Closing TaskExecutor connection <*> because: The heartbeat of TaskManager with id <*> timed out.',
    akkaGated: 'Association with remote system [<*>] has failed, address is now gated for [<*>] ms. Reason: [<*>]',
    registerReader: 'Source <*> registering reader for parallel task <*> (#<*>) @ <*>',
    assignSplits: 'Assigning splits to readers {<*>}',
    discovered: 'Discovered new partitions: [<*>]',
    enumStart: 'Starting the KafkaSourceEnumerator for consumer group <*> with partition discovery interval of <*> ms.',
    stopCkptCoord: 'Stopping checkpoint coordinator for job <*>.',
    jobCleanup: 'Job <*> has been registered for cleanup in the JobResultStore after reaching a terminal state.',
    receivedTask: 'Received task <*> (<*>/<*>)#<*> (<*>), deploy into slot with allocation id <*>.',
    loadingJar: 'Loading JAR files for task <*> (<*>/<*>)#<*> (<*>) [DEPLOYING].',
    regNetwork: 'Registering task at network: <*> (<*>/<*>)#<*> (<*>) [DEPLOYING].',
    stateBackend: 'Using job/cluster config to configure application-defined state backend: <*>',
    ckptStorage: 'Checkpoint storage is set to \'<*>\': (checkpoints "<*>")',
    tmTaskSwitch: '<*> (<*>/<*>)#<*> (<*>) switched from <*> to <*>.',
    tmTaskFailed: '<*> (<*>/<*>)#<*> (<*>) switched from <*> to <*> with failure cause:',
    attemptCancel: 'Attempting to cancel task <*> (<*>/<*>)#<*> (<*>).',
    freeing: 'Freeing task resources for <*> (<*>/<*>)#<*> (<*>).',
    unregister: 'Un-registering task and sending final execution state <*> to JobManager for task <*> (<*>/<*>)#<*> <*>.',
    freeSlot: 'Free slot TaskSlot(index:<*>, state:<*>, resource profile: <*>, allocationId: <*>, jobId: <*>).',
    addSplit: 'Adding split(s) to reader: [[Partition: <*>, StartingOffset: <*>, StoppingOffset: <*>]]',
    kafkaEpoch: '[Consumer clientId=<*>, groupId=<*>] Resetting the last seen epoch of partition <*> to <*> since the associated topicId changed from null to <*>',
    kafkaCoord: '[Consumer clientId=<*>, groupId=<*>] Discovered group coordinator <*>:<*> (id: <*> rack: null)',
    kafkaNodeDisc: '[Consumer clientId=<*>, groupId=<*>] Node <*> disconnected.',
    kafkaProducerId: '[Producer clientId=<*>, transactionalId=<*>] ProducerId set to <*> with epoch <*>',
    kafkaConnFail: '[Producer clientId=<*>, transactionalId=<*>] Connection to node <*> (<*>/<*>:<*>) could not be established. Broker may not be available.',
    commitFail: 'Failed to commit consumer offsets for checkpoint <*>',
    memStats: 'Memory usage stats: [HEAP: <*>/<*>/<*> MB, NON HEAP: <*>/<*>/<*> MB (used/committed/max)]',
    directStats: 'Direct memory stats: Count: <*>, Total Capacity: <*>, Used Memory: <*>',
    offHeap: 'Off-heap pool stats: [CodeHeap \'non-nmethods\': <*>/<*>/<*> MB (used/committed/max)], [Metaspace: <*>/<*>/<*> MB (used/committed/max)], [Compressed Class Space: <*>/<*>/<*> MB (used/committed/max)]',
    gcStats: 'Garbage collector stats: [G1 Young Generation, GC TIME (ms): <*>, GC COUNT: <*>], [G1 Old Generation, GC TIME (ms): <*>, GC COUNT: <*>]',
  },
  scenario(g) {
    const JM = 'flink-jobmanager', JMRPC = 'pekko.tcp://flink@flink-jobmanager:6123/user/rpc';
    const tms = [
      { rid: '10.0.4.21:6122-' + g.hex(6), host: 'flink-taskmanager-0', ip: '10.0.4.21', port: 6122, data: g.int(33000, 46000), self: true },
      { rid: '10.0.4.22:6122-' + g.hex(6), host: 'flink-taskmanager-1', ip: '10.0.4.22', port: 6122, data: g.int(33000, 46000), self: false },
    ];
    const mkJob = (name, group, topic, verts) => ({
      name, id: g.hex(32), eg: g.hex(32), master: g.hex(32), group, topic, ckpt: 0, restarts: 0, failedCkpts: 0,
      verts: verts.map(([vn, src]) => ({ name: vn, vid: g.hex(32), src, par: 2 })),
    });
    const jobs = [
      mkJob('order-enrichment', 'flink-order-enrichment', 'orders', [['Source: orders-kafka -> Filter -> Map', true], ['KeyedProcess -> Sink: Writer -> Sink: Committer', false]]),
      mkJob('clickstream-sessions', 'flink-clickstream', 'clicks', [['Source: clicks-kafka -> Timestamps/Watermarks', true], ['Window(EventTimeSessionWindows(1800000), EventTimeTrigger, SessionAggregator, PassThroughWindowFunction) -> Sink: sessions-jdbc', false]]),
    ];
    const alloc = new Map();
    const att = (j, v, i) => `${j.eg}_${v.vid}_${i}_${j.restarts}`;
    const tmOf = (i) => tms[i % 2];
    const tasks = (j) => j.verts.flatMap((v) => [0, 1].map((i) => ({ v, i })));
    const epochMs = () => String(g.t);
    const mb = (a, b) => g.int(a, b);
    const clientId = (j, i) => `${j.group}-${i}`;
    const deployJob = (j, fromCkpt) => {
      g.e('jobState', j.name, j.id, fromCkpt ? 'RESTARTING' : 'CREATED', 'RUNNING');
      if (fromCkpt) g.e('restoring', j.id, j.ckpt, String(g.t - g.int(20000, 60000)), j.id, `s3://flink-state/checkpoints/${j.id}/chk-${j.ckpt}`);
      for (const { v, i } of tasks(j)) g.e('taskSwitch', v.name, i + 1, 2, att(j, v, i), 'CREATED', 'SCHEDULED');
      for (const { v, i } of tasks(j)) {
        const tm = tmOf(i), a = att(j, v, i), key = j.id + v.vid + i;
        if (!alloc.has(key)) alloc.set(key, g.hex(32));
        g.e('taskSwitch', v.name, i + 1, 2, a, 'SCHEDULED', 'DEPLOYING');
        g.e('deploying', v.name, i + 1, 2, j.restarts, a, v.vid, tm.rid, tm.host, tm.data, alloc.get(key));
        if (tm.self) {
          g.e('receivedTask', v.name, i + 1, 2, j.restarts, a, alloc.get(key));
          g.e('tmTaskSwitch', v.name, i + 1, 2, j.restarts, a, 'CREATED', 'DEPLOYING');
          g.e('loadingJar', v.name, i + 1, 2, j.restarts, a);
          g.e('regNetwork', v.name, i + 1, 2, j.restarts, a);
          g.e('stateBackend', 'EmbeddedRocksDBStateBackend{, localRocksDbDirectories=null, enableIncrementalCheckpointing=TRUE, numberOfTransferThreads=4, writeBatchSize=2097152}');
          g.e('ckptStorage', 'FileSystemCheckpointStorage', `s3://flink-state/checkpoints/${j.id}`);
          g.e('tmTaskSwitch', v.name, i + 1, 2, j.restarts, a, 'DEPLOYING', 'INITIALIZING');
        }
      }
      for (const { v, i } of tasks(j)) {
        const a = att(j, v, i);
        g.e('taskSwitch', v.name, i + 1, 2, a, 'DEPLOYING', 'INITIALIZING');
        if (v.src) g.e('registerReader', v.name, i, j.restarts, tmOf(i).ip);
      }
      const srcV = j.verts.find((v) => v.src);
      g.e('assignSplits', `0=[[Partition: ${j.topic}-0, StartingOffset: -3, StoppingOffset: -9223372036854775808], [Partition: ${j.topic}-2, StartingOffset: -3, StoppingOffset: -9223372036854775808]], 1=[[Partition: ${j.topic}-1, StartingOffset: -3, StoppingOffset: -9223372036854775808], [Partition: ${j.topic}-3, StartingOffset: -3, StoppingOffset: -9223372036854775808]]`);
      for (const p of [0, 2]) g.e('addSplit', `${j.topic}-${p}`, -3, '-9223372036854775808');
      g.e('kafkaCoord', clientId(j, 0), j.group, `kafka-${g.int(0, 2)}.kafka.svc`, 9092, 2147483647 - g.int(0, 2));
      for (const { v, i } of tasks(j)) {
        const a = att(j, v, i);
        if (tmOf(i).self) g.e('tmTaskSwitch', v.name, i + 1, 2, j.restarts, a, 'INITIALIZING', 'RUNNING');
        g.e('taskSwitch', v.name, i + 1, 2, a, 'INITIALIZING', 'RUNNING');
      }
      if (srcV) g.e('kafkaProducerId', `producer-${j.name}-sink-0-${j.restarts + 1}`, `${j.name}-sink-0-${j.restarts + 1}`, g.int(4000, 90000), 0);
    };
    const submit = (j) => {
      g.e('submitGraph', j.name, j.id);
      g.e('submitting', j.name, j.id);
      if (j.name === 'clickstream-sessions') g.e('opNameTrunc', j.verts[1].name.replace(' -> Sink: sessions-jdbc', ''));
      g.e('rpcEndpoint', 'org.apache.flink.runtime.jobmaster.JobMaster', `${JMRPC}/jobmanager_${jobs.indexOf(j) + 2}`);
      g.e('startExec', j.name, j.id, j.master);
      g.e('regJM', j.master, `${JMRPC}/jobmanager_${jobs.indexOf(j) + 2}`, j.id);
      g.e('regdJM', j.master, `${JMRPC}/jobmanager_${jobs.indexOf(j) + 2}`, j.id);
      g.e('resReq', j.id, 2);
      g.e('enumStart', j.group, 60000);
      g.e('discovered', [0, 1, 2, 3].map((p) => `${j.topic}-${p}`).join(', '));
      deployJob(j, false);
    };
    const checkpoint = () => {
      const j = g.pick(jobs);
      j.ckpt++;
      g.e('trigger', j.ckpt, "CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}", epochMs(), j.id);
      g.advance(g.int(300, 4000));
      g.e('markSource', j.ckpt, j.verts[0].name);
      g.e('completed', j.ckpt, j.id, g.int(40000, 9000000), g.int(180, 4200), g.int(0, 12));
      if (g.chance(0.15)) g.e('commitFail', j.ckpt);
    };
    const memory = () => {
      g.e('memStats', mb(300, 1200), 1365, 1365, mb(140, 180), mb(150, 190), 1312);
      g.e('directStats', g.int(40, 80), g.int(2000000, 9000000), g.int(2000000, 9000000));
      g.e('offHeap', '1.' + g.int(30, 60), '2.' + g.int(40, 60), '5.' + g.int(50, 60), ...(() => { const u = mb(110, 125); return [u, u + g.int(1, 4)]; })(), 256, '14.' + g.int(0, 90), '15.' + g.int(0, 90), 248);
      g.e('gcStats', g.int(800, 9000), g.int(40, 900), 0, 0);
    };
    const kafkaChatter = () => {
      const j = g.pick(jobs), i = g.int(0, 1);
      const w = g.wpick([[5, 'epoch'], [3, 'disc'], [1, 'coord']]);
      if (w === 'epoch') g.e('kafkaEpoch', clientId(j, i), j.group, `${j.topic}-${i * 2 + g.int(0, 1)}`, g.int(0, 6), g.b64id(22));
      else if (w === 'disc') g.e('kafkaNodeDisc', clientId(j, i), j.group, g.pick(['-1', '-2', '-3', '0', '1', '2']));
      else g.e('kafkaCoord', clientId(j, i), j.group, `kafka-${g.int(0, 2)}.kafka.svc`, 9092, 2147483647 - g.int(0, 2));
    };
    const failover = (j, cause, badT) => {
      const bad = badT || tasks(j).find((t) => !tmOf(t.i).self && !t.v.src);
      const ba = att(j, bad.v, bad.i), tm2 = tmOf(bad.i);
      if (cause === 'tm') { g.e('tmHeartbeat', tm2.rid); g.e('closeTM', tm2.rid, tm2.rid); }
      g.e('taskSwitchOn', bad.v.name, bad.i + 1, 2, ba, 'RUNNING', 'FAILED', tm2.rid, tm2.host, tm2.data);
      g.e('calcRestart', ba);
      g.e('nRestart', tasks(j).length, ba);
      g.e('jobState', j.name, j.id, 'RUNNING', 'RESTARTING');
      for (const { v, i } of tasks(j)) {
        if (v === bad.v && i === bad.i) continue;
        const a = att(j, v, i);
        g.e('taskSwitch', v.name, i + 1, 2, a, 'RUNNING', 'CANCELING');
        if (tmOf(i).self) {
          g.e('attemptCancel', v.name, i + 1, 2, j.restarts, a);
          g.e('tmTaskSwitch', v.name, i + 1, 2, j.restarts, a, 'RUNNING', 'CANCELING');
          g.e('tmTaskSwitch', v.name, i + 1, 2, j.restarts, a, 'CANCELING', 'CANCELED');
          g.e('freeing', v.name, i + 1, 2, j.restarts, a);
          g.e('unregister', 'CANCELED', v.name, i + 1, 2, j.restarts, a);
        }
        g.e('taskSwitch', v.name, i + 1, 2, a, 'CANCELING', 'CANCELED');
        if (cause === 'tm' && !tmOf(i).self) g.e('discarding', a);
      }
      if (cause === 'tm') {
        g.e('clearReq', j.id); g.e('resReq', j.id, 2);
        g.e('notEnough', j.id, 0);
        g.advance(45000);
        tm2.rid = '10.0.4.22:6122-' + g.hex(6); tm2.data = g.int(33000, 46000);
        g.e('registerTM', tm2.rid, `pekko.tcp://flink@10.0.4.22:6122/user/rpc/taskmanager_0`);
      }
      g.advance(g.int(5000, 10000));
      j.restarts++;
      deployJob(j, true);
    };
    const boot = () => {
      g.e('startEntry', VER, '2.12', 'a8c8b1c', '2024-01-08T12:47:59+01:00');
      g.e('osUser', 'flink');
      g.e('noHadoop');
      g.e('jvm', 'OpenJDK 64-Bit Server VM', 'Eclipse Adoptium', '11/11.0.22+7');
      g.e('arch', 'amd64');
      g.e('maxHeap', 1575);
      g.e('javaHome', '/opt/java/openjdk');
      for (const [k, v] of [['blob.server.port', 6124], ['jobmanager.rpc.address', 'flink-jobmanager'], ['taskmanager.numberOfTaskSlots', 2], ['parallelism.default', 2],
        ['jobmanager.memory.process.size', '1600m'], ['taskmanager.memory.process.size', '4096m'], ['state.backend.type', 'rocksdb'], ['state.backend.incremental', 'true'],
        ['state.checkpoints.dir', 's3://flink-state/checkpoints'], ['state.savepoints.dir', 's3://flink-state/savepoints'], ['execution.checkpointing.interval', '60s'],
        ['restart-strategy.type', 'exponential-delay'], ['s3.endpoint', 'http://minio.storage.svc:9000'], ['s3.path.style.access', 'true'], ['s3.access-key', '******'],
        ['s3.secret-key', '******'], ['taskmanager.debug.memory.log', 'true'], ['taskmanager.debug.memory.log-interval', '60000'], ['rest.flamegraph.enabled', 'true']]) g.e('loadingConf', k, v);
      g.e('rpcEndpoint', 'org.apache.flink.runtime.dispatcher.StandaloneDispatcher', `${JMRPC}/dispatcher_1`);
      g.e('restListening', 'http://flink-jobmanager', 8081);
      g.e('webFrontend', 'http://flink-jobmanager:8081');
      g.e('rpcEndpoint', 'org.apache.flink.runtime.resourcemanager.StandaloneResourceManager', `${JMRPC}/resourcemanager_0`);
      g.e('rmStart'); g.e('slotMgr');
      for (const tm of tms) g.e('registerTM', tm.rid, `pekko.tcp://flink@${tm.ip}:6122/user/rpc/taskmanager_0`);
    };
    drive(g, {
      gapMs: 1800,
      startup: () => { boot(); for (const j of jobs) submit(j); },
      steady: [[30, checkpoint], [6, memory], [20, kafkaChatter]],
      rare: [
        () => failover(jobs[0], 'task'), // a sink transaction times out
        () => failover(jobs[1], 'tm'), // tm-2 pod evicted
        () => { // a slow checkpoint expires and the next one fails to trigger
          const j = jobs[1]; j.ckpt++;
          g.e('trigger', j.ckpt, "CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}", epochMs(), j.id);
          g.advance(600000);
          g.e('expired', j.ckpt, j.id);
          g.e('failedCkpt', j.ckpt, j.id, 1);
          g.e('lateMsg', j.ckpt, att(j, j.verts[1], 0), j.id, `${tms[0].rid} @ ${tms[0].host} (dataPort=${tms[0].data})`);
        },
        () => { const j = jobs[0]; j.ckpt++; g.e('trigger', j.ckpt, "CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}", epochMs(), j.id); g.e('decline', j.ckpt, att(j, j.verts[1], 1), j.id, `${tms[1].rid} @ ${tms[1].host} (dataPort=${tms[1].data})`); g.e('failedCkpt', j.ckpt, j.id, 1); },
        () => g.e('noCkptRunning', jobs[1].id, `Checkpoint triggering task ${jobs[1].verts[0].name} (1/2) of job ${jobs[1].id} is not being executed at the moment. Aborting checkpoint. Failure reason: Not all required tasks are currently running`),
        () => g.e('akkaGated', 'pekko.tcp://flink@10.0.4.22:6122', 50, 'Disassociated'),
        () => { const j = jobs[0]; g.e('kafkaConnFail', `producer-${j.name}-sink-0-${j.restarts + 1}`, `${j.name}-sink-0-${j.restarts + 1}`, 1, 'kafka-1.kafka.svc', '10.0.7.12', 9092); },
        () => { const j = jobs[0]; for (let p = 4; p < 6; p++) { g.e('discovered', `${j.topic}-${p}`); g.e('assignSplits', `${p % 2}=[[Partition: ${j.topic}-${p}, StartingOffset: -2, StoppingOffset: -9223372036854775808]]`); if (p % 2 === 0) g.e('addSplit', `${j.topic}-${p}`, -2, '-9223372036854775808'); } },
        () => { // a one-off backfill job is submitted, fails and is cancelled
          const j = mkJob('orders-backfill-2025-05', 'flink-backfill', 'orders-archive', [['Source: orders-archive-kafka -> Map -> Sink: Writer', true]]);
          j.verts[0].par = 2;
          g.e('submitGraph', j.name, j.id); g.e('submitting', j.name, j.id);
          g.e('startExec', j.name, j.id, j.master);
          g.e('resReq', j.id, 2);
          g.e('notEnough', j.id, 0);
          g.e('jobState', j.name, j.id, 'CREATED', 'RUNNING');
          const v = j.verts[0];
          for (const i of [0, 1]) g.e('taskSwitch', v.name, i + 1, 2, att(j, v, i), 'CREATED', 'SCHEDULED');
          g.advance(300000);
          g.e('jobState', j.name, j.id, 'RUNNING', 'FAILING');
          for (const i of [0, 1]) g.e('taskSwitch', v.name, i + 1, 2, att(j, v, i), 'SCHEDULED', 'FAILED');
          g.e('jobState', j.name, j.id, 'FAILING', 'FAILED');
          g.e('stopCkptCoord', j.id);
          g.e('clearReq', j.id);
          g.e('jobCleanup', j.id);
        },
        () => { // one subtask fails on tm-1 itself
          const j = jobs[0], v = j.verts[1], a = att(j, v, 0);
          g.e('tmTaskFailed', v.name, 1, 2, j.restarts, a, 'RUNNING', 'FAILED');
          g.e('freeing', v.name, 1, 2, j.restarts, a);
          g.e('unregister', 'FAILED', v.name, 1, 2, j.restarts, a);
          g.e('freeSlot', 1, 'ACTIVE', 'ResourceProfile{cpuCores=1, taskHeapMemory=384.000mb (402653174 bytes), taskOffHeapMemory=0 bytes, managedMemory=512.000mb (536870920 bytes), networkMemory=128.000mb (134217730 bytes)}', g.hex(32), j.id);
          failover(j, 'task', tasks(j).find((t) => t.v === v && t.i === 0));
        },
      ],
    });
  },
};
