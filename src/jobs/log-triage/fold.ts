import type { LogStream } from '../../docker/log-lines.js';

/** One log event: a first line and the continuation lines folded into it (a stack trace, say). */
export interface LogEvent {
  stream: LogStream;
  timestamp?: string;
  first: string;
  /** Continuation lines, capped; `extraLines` counts the ones beyond the cap. */
  more: string[];
  extraLines: number;
  /** A stack trace of a known language was recognised in it. */
  trace: boolean;
  /**
   * The exception lines of the event (the exception header, every `Caused by`, Python's final
   * exception lines), kept whatever the frame cap dropped: the root cause is usually the last.
   */
  causes: string[];
}

const MAX_KEPT = 50;
/** Exception lines kept per event: the first few and the newest, which is the root cause in Java. */
const MAX_CAUSES = 12;

// Lines that continue the event before them, in the languages containers usually run.
const CONTINUATION: RegExp[] = [
  /^\s+at\s/, // Java, Node, .NET frames
  /^\s*\.\.\. \d+ (?:more|common frames omitted)/, // Java
  /^Caused by: /, // Java
  /^\s+File ".*", line \d+/, // Python frame
  /^(?:During handling of the above exception|The above exception was the direct cause)/, // Python chained
  /^goroutine \d+ \[/, // Go panic goroutine header
  /^\S+\(.*\)$|^\t\/.+\.go:\d+/, // Go frames: "main.f(...)" and "\t/path/file.go:12 +0x1d"
  /^\s+\d+: /, // Rust backtrace frames
  /^note: run with `RUST_BACKTRACE/, // Rust
  /^[\t ]+\S/, // any indented line continues the event above it
];
const UNINDENTED_CUE = /^(?:\.\.\.|Caused by|During handling|The above|goroutine |note: run with|[\w.$/*]+\(|\d+: )/;
const TRACE_START = /^(?:Traceback \(most recent call last\):|Exception in thread |panic: |thread '.*' panicked at|stack backtrace:|[\w.$]+(?:Exception|Error)(?:: |$))/;
// A Python traceback ends with the exception line, which is not indented: it still belongs to it.
const PY_EXCEPTION_END = /^[\w.]+(?:Error|Exception|Exit|Interrupt|Warning)\b.*$/;
// What opens a trace printed right after the log line that announced it ("ERROR Failed to place
// order" then "org.x.PSQLException: …" then frames): folded into that line's event.
const TRACE_HEADER = /^(?:Traceback \(most recent call last\):|Exception in thread |[\w$]+(?:\.[\w$]+)*(?:Exception|Error|Throwable)(?::\s|$)|panic: )/;
// A line that states a problem: only such a line takes the trace printed after it.
const STATES_PROBLEM = /\b(?:FATAL|PANIC|CRIT(?:ICAL)?|SEVERE|ERR(?:OR)?|WARN(?:ING)?|[Ee]rror|[Ee]xception|[Ff]ail(?:ed|ure)?)\b/;
// Exception lines inside a trace: Java's "Caused by:" and "Suppressed:", a chained header.
const CAUSE_LINE = /^\s*(?:Caused by: |Suppressed: )|^[\w$]+(?:\.[\w$]+)+(?:Exception|Error|Throwable)(?::\s|$)/;
const NOT_SPACE = /\S/;
const CHAINED = /^(?:During handling of the above exception|The above exception was the direct cause)/;

/**
 * Folds multi-line events per stream. Streaming: holds at most one open event per stream, and
 * caps the lines an event keeps, so memory does not grow with the log.
 */
export class EventFolder {
  private open: Partial<Record<LogStream, LogEvent>> = {};
  private inPythonTrace: Partial<Record<LogStream, boolean>> = {};
  /** The last line read was Python's "During handling…"/"The above exception…": a new Traceback continues. */
  private chained: Partial<Record<LogStream, boolean>> = {};

  /** Feeds one line; returns the event it completed, if any. */
  push(stream: LogStream, text: string, timestamp?: string): LogEvent | undefined {
    const current = this.open[stream];
    // Blank lines separate the parts of a trace (Go panics) and are noise anywhere else.
    // Not trim(): that copied every line to find the few blank ones.
    if (!NOT_SPACE.test(text)) {
      if (current?.trace && current.more.length < MAX_KEPT) current.more.push(text);
      return undefined;
    }
    if (current && this.continues(stream, current, text)) {
      if (current.more.length < MAX_KEPT) current.more.push(text);
      else current.extraLines++;
      if (/^\s+File ".*", line \d+/.test(text) || /^Traceback/.test(current.first)) current.trace = true;
      return undefined;
    }
    // A trace printed right after the line that announced it belongs to that line's event.
    if (current && !current.trace && current.more.length === 0 && TRACE_HEADER.test(text) && STATES_PROBLEM.test(current.first.slice(0, 300))) {
      current.more.push(text);
      current.trace = true;
      keepCause(current, text);
      this.inPythonTrace[stream] = text.startsWith('Traceback');
      return undefined;
    }
    this.inPythonTrace[stream] = /^Traceback \(most recent call last\):/.test(text);
    this.chained[stream] = false;
    const event: LogEvent = { stream, first: text, more: [], extraLines: 0, trace: TRACE_START.test(text), causes: [] };
    if (timestamp) event.timestamp = timestamp;
    this.open[stream] = event;
    return current;
  }

  /** The events still open, at the end of the log. */
  flush(): LogEvent[] {
    const out = Object.values(this.open).filter((e): e is LogEvent => e !== undefined);
    this.open = {};
    return out;
  }

  private continues(stream: LogStream, current: LogEvent, text: string): boolean {
    const c = text.charCodeAt(0);
    const indented = c === 32 || c === 9;
    // A chained Python traceback ("The above exception…", then a new Traceback) is one event.
    if (this.chained[stream] && text.startsWith('Traceback (most recent call last):')) {
      this.chained[stream] = false;
      this.inPythonTrace[stream] = true;
      return true;
    }
    // Most lines start a new event: only indented lines and a few known openings need the patterns.
    if (!indented && !UNINDENTED_CUE.test(text) && !this.inPythonTrace[stream]) return false;
    if (CONTINUATION.some((re) => re.test(text))) {
      if (/^\s+at\s|^Caused by: |^\s+File "/.test(text)) current.trace = true;
      if (CAUSE_LINE.test(text)) keepCause(current, text);
      if (CHAINED.test(text)) this.chained[stream] = true;
      return true;
    }
    if (this.inPythonTrace[stream] && PY_EXCEPTION_END.test(text)) {
      this.inPythonTrace[stream] = false;
      current.trace = true;
      keepCause(current, text);
      return true;
    }
    return false;
  }
}

/** Keeps an exception line: past the cap, the oldest after the first few make room for the newest. */
function keepCause(event: LogEvent, text: string): void {
  if (event.causes.length >= MAX_CAUSES) event.causes.splice(MAX_CAUSES / 2, 1);
  event.causes.push(text);
}
