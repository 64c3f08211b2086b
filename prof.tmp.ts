import Database from 'better-sqlite3';
import { layoutServiceMap } from './src/views/graph-layout.ts';
const db = new Database('/tmp/syn.db');
const row = db.prepare("select result from run_jobs where job='service_map' order by id desc limit 1").get() as any;
const g = JSON.parse(row.result).data.graph;
for (let i=0;i<4;i++){ const t=performance.now(); const l=layoutServiceMap(g); console.log('layout ms', Math.round(performance.now()-t), l.width, l.height); }
