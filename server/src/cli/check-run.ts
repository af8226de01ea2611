/**
 * The part of `partition-lens check` that runs per file, shared by the main thread and the worker
 * threads (`check-worker.ts`): the host indexes of each run root, and checking one file into
 * diagnostics. A file that cannot be read or analysed becomes a `notAnalysed` entry; nothing here
 * throws for one file.
 */
import path from 'node:path';
import type { CatalogView } from '../engine/catalog/model';
import { LineIndex, type Finding } from '../engine/finding';
import { checkFile, documentKind, FolderIndexes, hostModuleFor } from '../engine/index';
import { readInput, type InputFile, type NotAnalysed } from './files';
import type { CheckedDiagnostic, CheckedRelated } from './format';

/** A file of the run: `root` is the index of the PATH argument it came from (-1: a `--schema` file). */
export interface RunFile extends InputFile {
  readonly root: number;
}

export interface FileOutcome {
  readonly diagnostics: CheckedDiagnostic[];
  readonly notAnalysed: NotAnalysed[];
  /** False when the file could not be read. */
  readonly checked: boolean;
  /** True when the host's pre-filter skipped it without a parse. */
  readonly prefiltered: boolean;
}

/** One set of host indexes per run root, so that two applications given together never mix models. */
export class RunIndexes {
  private readonly roots: FolderIndexes[] = [];
  private readonly displays = new Map<string, string>();

  constructor(rootCount: number) {
    for (let i = 0; i < Math.max(1, rootCount); i++) this.roots.push(new FolderIndexes());
  }

  /** The indexes a file of this root is checked with. */
  of(root: number): FolderIndexes {
    return this.roots[Math.max(0, root)] ?? this.roots[0]!;
  }

  /** Whether some host indexes this file. */
  wants(file: string): boolean {
    return this.roots[0]!.wants(file);
  }

  /** Remembers how a file is displayed (related locations in other files use it). */
  remember(file: InputFile): void {
    this.displays.set(file.absolute, file.display);
  }

  /** How a file named by an index is shown: as given on the command line, else relative to the cwd. */
  displayOf(absolute: string): string {
    const known = this.displays.get(absolute);
    if (known !== undefined) return known;
    return path.isAbsolute(absolute) ? (path.relative(process.cwd(), absolute) || absolute).split(path.sep).join('/') : absolute;
  }

  /**
   * Indexes one file (its root's index; a `--schema` file goes into every root's). Index errors
   * become `notAnalysed` entries: findings that depend on the file may be missing.
   */
  indexFile(file: RunFile, text: string, out: NotAnalysed[]): void {
    this.remember(file);
    const targets = file.root < 0 ? this.roots : [this.of(file.root)];
    const problems = new Set<string>();
    for (const ix of targets) for (const p of ix.indexFile(file.absolute, text)) problems.add(p);
    for (const p of problems) out.push({ file: file.display, reason: `indexing failed: ${oneLine(p)}` });
  }

  /**
   * Whether the pre-filter skips this file unparsed (as `checkFile` would ask it). Asked once every
   * file is indexed, the answer is the one any thread gets when it checks the file, so such files
   * are settled before checking starts: their texts are not kept and no thread reads them again.
   * An error here leaves the file to `checkFile`, which reports it.
   */
  prefilterSkips(file: RunFile, text: string, catalog: CatalogView): boolean {
    const host = hostModuleFor(documentKind(file.absolute));
    if (!host) return false;
    try {
      return !this.of(file.root).mightReach(host, text, { catalog, fileName: file.absolute });
    } catch {
      return false;
    }
  }

  /** Reads and indexes a list of files (what a worker does before checking its share). */
  indexAll(files: readonly RunFile[], out: NotAnalysed[]): void {
    for (const f of files) {
      const r = readInput(f);
      // The main thread already reported files it could not read.
      if ('text' in r) this.indexFile(f, r.text, out);
    }
  }
}

/** Checks one file: reads it (unless the caller kept its text), checks it, converts positions. */
export function checkRunFile(file: RunFile, catalog: CatalogView, indexes: RunIndexes, text0?: string): FileOutcome {
  const read = text0 !== undefined ? { text: text0 } : readInput(file);
  if ('reason' in read) return { diagnostics: [], notAnalysed: [{ file: file.display, reason: read.reason }], checked: false, prefiltered: false };
  const text = read.text;
  const folder = indexes.of(file.root);
  const result = checkFile(file.absolute, text, catalog, undefined, file.absolute, undefined, folder);
  // Each file is checked once: caches kept for re-checking it would only hold memory.
  if (!result.prefiltered) folder.documentClosed(file.absolute);
  const notAnalysed: NotAnalysed[] = [];
  if (result.internalError) notAnalysed.push({ file: file.display, reason: `internal error: ${oneLine(result.internalError)}` });
  const diagnostics: CheckedDiagnostic[] = [];
  if (result.findings.length > 0) {
    const index = new LineIndex(text);
    for (const x of result.findings) {
      const s = index.position(x.start);
      const e = index.position(x.end);
      const related = relatedOf(x, file, index, indexes);
      diagnostics.push({
        file: file.display,
        line: s.line + 1,
        column: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
        severity: x.severity,
        code: x.code,
        table: x.table,
        message: x.message,
        ...(related.length > 0 ? { related } : {}),
      });
    }
  }
  return { diagnostics, notAnalysed, checked: true, prefiltered: result.prefiltered === true };
}

function relatedOf(f: Finding, file: RunFile, index: LineIndex, indexes: RunIndexes): CheckedRelated[] {
  const out: CheckedRelated[] = [];
  for (const r of f.related ?? []) {
    if (r.kind === 'here') {
      const s = index.position(r.start);
      const e = index.position(r.end);
      out.push({ file: file.display, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, message: r.message });
    } else {
      out.push({
        file: indexes.displayOf(r.fileName),
        line: r.start.line + 1,
        column: r.start.character + 1,
        endLine: r.end.line + 1,
        endColumn: r.end.character + 1,
        message: r.message,
      });
    }
  }
  return out;
}

/** The first line of an error text (stacks stay out of the report). */
export function oneLine(s: string): string {
  const line = s.split('\n', 1)[0]!.trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}
