import { KeywordIndex } from '../../redact/keyword-index.js';

/**
 * Log text is untrusted: a container can print anything, including text written to steer an
 * assistant that reads the report. Such lines are flagged, never passed along as prose.
 */
const TOOL_NAMES = ['launch_run', 'cancel_run', 'set_allowlist', 'create_directive', 'update_directive', 'get_run_report', 'list_containers'];

const PATTERNS: RegExp[] = [
  /\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:previous|prior|above|earlier|all|your)\b.{0,40}\b(?:instructions?|prompts?|rules|context|directives?)\b/i,
  /\byou are (?:now|no longer)\b/i,
  /\b(?:new|updated|system) (?:instructions?|prompt)\s*:/i,
  /\b(?:assistant|ai|claude|chatgpt|model|llm)\s*[,:]\s*(?:please\s+)?(?:run|call|execute|delete|add|remove|send|ignore)\b/i,
  /<\/?(?:system|instructions?|assistant|user)>/i,
  /\b(?:call|invoke|use|run) (?:the )?(?:tool|function)\b/i,
  new RegExp(`\\b(?:${TOOL_NAMES.join('|')})\\b`),
];

// Every pattern needs one of these words. One pass of the redactor's keyword automaton finds
// whether any is present, and spares the patterns on ordinary lines.
let cues: KeywordIndex | undefined;
const CUE_WORDS = [
  ['ignor', 'disregard', 'forget', 'overrid', 'you are', 'instruction', 'prompt', 'assistant', 'ai:', 'ai,', 'claude', 'chatgpt', 'model', 'llm', 'tool', 'function', '<system', '</system', '<user', '</user', '<assistant', ...TOOL_NAMES],
];

export function looksLikeInjection(text: string): boolean {
  cues ??= new KeywordIndex(CUE_WORDS);
  return cues.rulesIn(text).length > 0 && PATTERNS.some((p) => p.test(text));
}
