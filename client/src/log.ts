/**
 * The "Partition Lens" output channel as a logger: every SQL statement the extension runs is
 * written here (the db layer gets it as its `DbLogger`), with timing and errors. vscode-free: it
 * only needs something with `appendLine`.
 */
import type { DbLogger } from '../../server/src/db/connection';
import { redactText } from '../../server/src/db/connection';

export interface LineSink {
  appendLine(line: string): void;
}

export class Logger implements DbLogger {
  constructor(private readonly sink: LineSink) {}

  private stamp(): string {
    return new Date().toISOString().slice(11, 23);
  }

  sql(text: string, params: readonly unknown[] | undefined, ms: number, error?: string): void {
    const p = params && params.length ? `  -- params: ${JSON.stringify(params.map(shorten))}` : '';
    this.sink.appendLine(`[${this.stamp()}] SQL (${ms.toFixed(1)} ms)${error ? ' FAILED' : ''}:\n${text.trim()}${p}`);
    if (error) this.sink.appendLine(`  → ${error}`);
  }

  info(message: string): void {
    this.sink.appendLine(`[${this.stamp()}] ${redactText(message)}`);
  }

  error(message: string): void {
    this.sink.appendLine(`[${this.stamp()}] ERROR ${redactText(message)}`);
  }
}

function shorten(v: unknown): unknown {
  if (typeof v === 'string' && v.length > 200) return `${v.slice(0, 200)}…`;
  if (Array.isArray(v) && v.length > 20) return [...v.slice(0, 20), `… ${v.length - 20} more`];
  return v;
}
