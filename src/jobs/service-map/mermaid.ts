import type { ServiceMap } from './graph.js';

/**
 * A node or group label: container-controlled text (names, compose project labels). Quotes,
 * brackets, pipes, backticks, `#` and anything else beyond name characters and plain punctuation
 * become Mermaid entity codes (`#34;`); line breaks and controls become spaces. Nothing inside can
 * close the label, the statement or the fence.
 */
const label = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/[^\p{L}\p{N} _.:/@+=,()!?'*%-]/gu, (c) => `#${c.codePointAt(0)};`);

/**
 * A Mermaid flowchart: containers grouped by compose project (else by first network), unwell
 * nodes marked, opaque and missing nodes drawn apart. Node ids are generated, so names never
 * need escaping beyond the quoted labels.
 */
export function toMermaid(map: ServiceMap): string {
  const ids = new Map(map.nodes.map((n, i) => [n.id, `n${i}`]));
  const groups = new Map<string, string[]>();
  const loose: string[] = [];
  const classes: string[] = [];
  for (const n of map.nodes) {
    const id = ids.get(n.id)!;
    let text = n.name;
    if (n.kind === 'opaque') text += ' (not allowlisted)';
    if (n.kind === 'missing') text += ' (missing)';
    if (n.kind === 'container' && n.state !== 'running') text += ` (${n.state})`;
    else if (n.health === 'unhealthy') text += ' (unhealthy)';
    const shape = n.kind === 'container' ? `${id}["${label(text)}"]` : `${id}(["${label(text)}"])`;
    const group = n.project ? `project ${n.project}` : n.networks?.[0] ? `network ${n.networks[0]}` : undefined;
    if (group) groups.set(group, [...(groups.get(group) ?? []), shape]);
    else loose.push(shape);
    if (n.kind === 'missing' || (n.kind === 'container' && (n.state !== 'running' || n.health === 'unhealthy'))) classes.push(`class ${id} bad`);
    else if (n.kind === 'opaque') classes.push(`class ${id} opaque`);
  }
  const lines = ['flowchart LR'];
  let g = 0;
  for (const [name, shapes] of groups) {
    lines.push(`  subgraph g${g++}["${label(name)}"]`);
    for (const s of shapes) lines.push(`    ${s}`);
    lines.push('  end');
  }
  for (const s of loose) lines.push(`  ${s}`);
  for (const e of map.edges) {
    const text = e.port ? `|${e.port}|` : '';
    lines.push(`  ${ids.get(e.from)} -->${text} ${ids.get(e.to)}`);
  }
  // Only the classes some node uses.
  if (classes.some((c) => c.endsWith(' bad'))) lines.push('  classDef bad fill:#fdd,stroke:#c00');
  if (classes.some((c) => c.endsWith(' opaque'))) lines.push('  classDef opaque fill:#eee,stroke:#999,stroke-dasharray: 3 3');
  for (const c of classes) lines.push(`  ${c}`);
  return lines.join('\n');
}
