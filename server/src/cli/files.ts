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

/** The text of a source file, or why it is skipped (binary) — never silently empty. */
export type Decoded = { readonly text: string; readonly note?: string } | { readonly skip: string };

/** Bytes looked at to tell a binary file (as git does: a NUL byte in the first 8,000). */
const SNIFF_BYTES = 8000;

/**
 * Decodes a source file: UTF-8 (a BOM is dropped), UTF-16 with a BOM (or without one when every
 * other byte of ASCII text is NUL), anything else that is not valid UTF-8 as Latin-1 with a note;
 * a file with NUL bytes otherwise is binary and skipped. `head` may be just the first bytes: a
 * `skip` decision needs no more, so a 100 MB binary file is never read whole.
 */
export function decodeSource(head: Buffer, whole: () => Buffer): Decoded {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { text: whole().toString('utf8').slice(1) };
  if (head[0] === 0xff && head[1] === 0xfe) return { text: whole().subarray(2).toString('utf16le'), note: 'decoded as UTF-16LE (byte order mark)' };
  if (head[0] === 0xfe && head[1] === 0xff) return { text: utf16be(whole().subarray(2)), note: 'decoded as UTF-16BE (byte order mark)' };
  const sniff = head.subarray(0, SNIFF_BYTES);
  if (sniff.includes(0)) {
    const even = zeroShare(sniff, 0);
    const odd = zeroShare(sniff, 1);
    if (odd > 0.9 && even < 0.1) return { text: whole().toString('utf16le'), note: 'decoded as UTF-16LE (no byte order mark)' };
    if (even > 0.9 && odd < 0.1) return { text: utf16be(whole()), note: 'decoded as UTF-16BE (no byte order mark)' };
    return { skip: 'binary file (NUL bytes)' };
  }
  const buf = whole();
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    return { text: buf.toString('latin1'), note: 'not valid UTF-8: read as Latin-1' };
  }
}

function zeroShare(b: Buffer, parity: number): number {
  let zeros = 0;
  let n = 0;
  for (let i = parity; i < b.length; i += 2, n++) if (b[i] === 0) zeros++;
  return n === 0 ? 0 : zeros / n;
}

function utf16be(b: Buffer): string {
  const swapped = Buffer.from(b.subarray(0, b.length - (b.length % 2)));
  swapped.swap16();
  return swapped.toString('utf16le');
}

/** Control characters in a file name, escaped for a terminal (`\n`, `\x1b`, …). */
export function escapeFileName(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/**
 * Reads a source file. Binary files are skipped: the note goes to `note` (stderr by default) and
 * the text is empty; other encodings are decoded (with a note). Unreadable files are a CliError.
 */
export function readText(file: InputFile, note: (message: string) => void = (m) => process.stderr.write(`partition-lens check: ${m}\n`)): string {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file.absolute, 'r');
    const head = Buffer.alloc(SNIFF_BYTES);
    const n = fs.readSync(fd, head, 0, SNIFF_BYTES, 0);
    const decoded = decodeSource(head.subarray(0, n), () => fs.readFileSync(file.absolute));
    if ('skip' in decoded) {
      note(`skipped ${escapeFileName(file.display)}: ${decoded.skip}`);
      return '';
    }
    if (decoded.note) note(`${escapeFileName(file.display)}: ${decoded.note}`);
    return decoded.text;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${escapeFileName(file.display)}${code ? ` (${code})` : ''}`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
