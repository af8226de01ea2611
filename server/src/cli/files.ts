/**
 * Finds the files the `check` command reads: every PATH (a file, or a directory walked
 * recursively in a stable order, skipping dependency and build directories) and every
 * `--schema` file. Paths are reported as given, or relative to the current directory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isWorkspaceSource, SKIPPED_DIRECTORIES } from '../engine/index';

/** A usage or I/O problem that ends the command with exit code 2. */
export class CliError extends Error {}

export interface InputFile {
  /** Absolute path, for reading. */
  readonly absolute: string;
  /** How the file is reported (`db/structure.sql`, or absolute when the PATH was absolute). */
  readonly display: string;
}

function display(given: string, absolute: string): string {
  if (path.isAbsolute(given)) return absolute.split(path.sep).join('/');
  const rel = path.relative(process.cwd(), absolute) || path.basename(absolute);
  return rel.split(path.sep).join('/');
}

/** Expands PATH arguments into the files they contain (files given explicitly are always kept). */
export function collectFiles(paths: readonly string[]): InputFile[] {
  const out = new Map<string, InputFile>();
  for (const given of paths) {
    const absolute = path.resolve(given);
    let st: fs.Stats;
    try {
      st = fs.statSync(absolute);
    } catch {
      throw new CliError(`path not found: ${given}`);
    }
    if (st.isDirectory()) {
      walk(absolute, (file) => {
        if (!out.has(file)) out.set(file, { absolute: file, display: display(given, file) });
      });
    } else if (!out.has(absolute)) {
      out.set(absolute, { absolute, display: display(given, absolute) });
    }
  }
  return [...out.values()];
}

function walk(dir: string, add: (file: string) => void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new CliError(`cannot read directory ${dir}: ${e instanceof Error ? e.message : String(e)}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(e.name)) walk(p, add);
    } else if (e.isFile() && isWorkspaceSource(p)) {
      add(p);
    }
  }
}

/** Reads a file as UTF-8 (a BOM is dropped); unreadable files are a CliError. */
export function readText(file: InputFile): string {
  try {
    const text = fs.readFileSync(file.absolute, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${file.display}${code ? ` (${code})` : ''}`);
  }
}
