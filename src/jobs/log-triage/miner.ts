import { WILDCARD, maskTokens } from './mask.js';

/**
 * Online template mining, Drain-style: a fixed-depth tree routes a line by its token count and
 * its first tokens to a small set of clusters; the most similar cluster (share of equal tokens)
 * absorbs it and turns the positions that differ into <*>, or the line starts a new cluster.
 * Memory grows with the number of templates, never with the number of lines.
 */
export interface Cluster {
  id: number;
  tokens: string[];
  count: number;
}

export interface MinerOptions {
  /** Leading tokens used for routing (Drain's depth minus the length layer). */
  depth: number;
  /** Share of equal tokens needed to join a cluster. */
  similarity: number;
  /** Children per tree node before new tokens share a wildcard branch. */
  maxChildren: number;
  /** Two different plain words at one position never merge ("HTTPS" vs "SOCKS5", "Started" vs "Paused"), unless they follow a name key. */
  keepWords: boolean;
  /** Past this many clusters, lines that match none go to one overflow cluster: memory stays bounded. */
  maxClusters: number;
}

/** The one configuration used for every log (the accuracy benchmark measures exactly this). */
export const DEFAULT_MINER_OPTIONS: MinerOptions = { depth: 3, similarity: 0.5, maxChildren: 100, keepWords: true, maxClusters: 5_000 };

interface TreeNode {
  children: Map<string, TreeNode>;
  clusters: Cluster[];
}

const hasDigit = (t: string) => /\d/.test(t);

export class TemplateMiner {
  private readonly root = new Map<number, TreeNode>();
  private readonly clusters: Cluster[] = [];
  readonly overflow: Cluster = { id: -1, tokens: ['<other lines: too many distinct templates>'], count: 0 };

  constructor(private readonly options: MinerOptions = DEFAULT_MINER_OPTIONS) {}

  /** Adds a message; returns the cluster it joined or founded. */
  add(message: string): Cluster {
    const tokens = maskTokens(message);
    const leaf = this.leafFor(tokens);
    let best: Cluster | undefined;
    let bestScore = -1;
    for (const c of leaf.clusters) {
      const score = similarity(c.tokens, tokens, this.options.keepWords);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    if (best && bestScore >= this.options.similarity) {
      for (let i = 0; i < tokens.length; i++) if (best.tokens[i] !== tokens[i]) best.tokens[i] = mergeTokens(best.tokens[i]!, tokens[i]!);
      best.count++;
      return best;
    }
    if (this.clusters.length >= this.options.maxClusters) {
      this.overflow.count++;
      return this.overflow;
    }
    const cluster: Cluster = { id: this.clusters.length, tokens: [...tokens], count: 1 };
    this.clusters.push(cluster);
    leaf.clusters.push(cluster);
    return cluster;
  }

  all(): readonly Cluster[] {
    return this.clusters;
  }

  private leafFor(tokens: string[]): TreeNode {
    let node: TreeNode | undefined = this.root.get(tokens.length);
    if (!node) {
      node = { children: new Map(), clusters: [] };
      this.root.set(tokens.length, node);
    }
    const depth = Math.min(this.options.depth, tokens.length);
    for (let i = 0; i < depth; i++) {
      // Tokens that look variable share one branch, so "user 42" and "user 43" meet.
      const token = tokens[i]!;
      const key = token === WILDCARD || hasDigit(token) ? WILDCARD : token;
      const parent: TreeNode = node;
      let next: TreeNode | undefined = parent.children.get(key);
      if (!next) {
        // A full node sends new tokens down its wildcard branch instead of growing without bound.
        const full = parent.children.size >= this.options.maxChildren;
        next = full ? parent.children.get(WILDCARD) : undefined;
        if (!next) {
          next = { children: new Map(), clusters: [] };
          parent.children.set(full ? WILDCARD : key, next);
        }
      }
      node = next;
    }
    return node;
  }
}

// A plain word: letters (snake_case enums too), maybe one trailing digit, maybe wrapped in brackets or quotes.
const WORD = /^[(\["']?[A-Za-z][A-Za-z_]+\d?[)\]"',.:;]*$/;
const letters = (t: string) => t.replace(/<\*>/g, '').replace(/[^A-Za-z]/g, '');

/**
 * Two tokens say different things when both are plain words, or when their letters differ and
 * they do not share a "key=" (whose values are meant to vary): "(uid=0)" vs "LOGIN(uid=0)".
 */
function differentWords(a: string, b: string): boolean {
  if (WORD.test(a) && WORD.test(b)) return true;
  const eq = a.indexOf('=');
  if (eq > 0 && b.startsWith(a.slice(0, eq + 1))) return false;
  const la = letters(a);
  const lb = letters(b);
  return la.length >= 2 && lb.length >= 2 && la !== lb;
}

/** Words after these are names (users, hosts, services), which vary like any other variable. */
const NAMES_FOLLOW = /^(?:user|username|login|host|hostname|node|service|group|account|name|[\w.-]*[=:])$/i;

function similarity(template: string[], tokens: string[], keepWords: boolean): number {
  let same = 0;
  let wild = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (template[i] === WILDCARD) wild++;
    else if (template[i] === tokens[i]) same++;
    else if (keepWords && differentWords(template[i]!, tokens[i]!) && !NAMES_FOLLOW.test(tokens[i - 1] ?? '')) return -1;
  }
  const constant = tokens.length - wild;
  return constant === 0 ? 1 : same / constant;
}

export const templateText = (c: Cluster): string => c.tokens.join(' ');

/** Two differing tokens become one wildcard, but a shared "key=" stays: "rhost=a" + "rhost=b" → "rhost=<*>". */
function mergeTokens(a: string, b: string): string {
  const eq = a.indexOf('=');
  if (eq > 0 && b.startsWith(a.slice(0, eq + 1))) return `${a.slice(0, eq + 1)}${WILDCARD}`;
  return WILDCARD;
}

/** Two templates describe the same event when they agree wherever neither has a wildcard. */
export function sameEvent(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && a[i] !== WILDCARD && b[i] !== WILDCARD) return false;
  return true;
}
