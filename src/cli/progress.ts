/**
 * One live status line on a terminal (rewritten in place), and nothing at all when the stream is
 * piped or redirected: progress is for a person watching, never for a file or another program.
 */
export class ProgressLine {
  private shown = false;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  private get live(): boolean {
    return this.stream.isTTY === true;
  }

  show(text: string): void {
    if (!this.live) return;
    const width = Math.max(20, (this.stream.columns || 80) - 1);
    const line = text.length > width ? `${text.slice(0, width - 1)}…` : text;
    this.stream.write(`\r\x1b[K${line}`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
