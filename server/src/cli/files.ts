/**
 * Finds the files the `check` command reads: every PATH (a file, or a directory walked
 * recursively in a stable order, skipping dependency and build directories) and every
 * `--schema` file. Paths are reported as given, or relative to the current directory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isWorkspaceSource, SKIPPED_DIRECTORIES } from '../engine/index';
import { sourceTooLarge } from '../engine/limits';
import { capYoungGeneration } from './heap';

/** A usage or I/O problem that ends the command with exit code 2. */
export class CliError extends Error {}

export interface InputFile {
  /** Absolute path, for reading. */
  readonly absolute: string;
  /** How the file is reported (`db/structure.sql`, or absolute when the PATH was absolute). */
  readonly display: string;
}

function display(given: string, absolute: string, cwd = process.cwd()): string {
  if (path.isAbsolute(given)) return absolute.split(path.sep).join('/');
  // A file below the current directory (the usual case): its relative path without path.relative's work.
  const prefix = cwd.endsWith(path.sep) ? cwd : cwd + path.sep;
  const rel = absolute.startsWith(prefix) && absolute.length > prefix.length ? absolute.slice(prefix.length) : path.relative(cwd, absolute) || path.basename(absolute);
  return rel.split(path.sep).join('/');
}

/** A file the run could not analyse, reported in the output instead of ending the run. */
export interface NotAnalysed {
  readonly file: string;
  readonly reason: string;
}

/**
 * Expands PATH arguments into the files they contain (files given explicitly are always kept).
 * A PATH that does not exist is a usage error; problems below it (an unreadable directory, a file
 * name that is not UTF-8, a FIFO or socket given explicitly) are added to `skipped` and the rest
 * is still collected.
 */
export function collectFiles(paths: readonly string[], skipped: NotAnalysed[] = []): InputFile[] {
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
      const cwd = process.cwd();
      walk(absolute, (file) => {
        if (!out.has(file)) out.set(file, { absolute: file, display: display(given, file, cwd) });
      }, (file, reason) => skipped.push({ file: display(given, file, cwd), reason }));
    } else if (!out.has(absolute)) {
      out.set(absolute, { absolute, display: display(given, absolute) });
    }
  }
  return [...out.values()];
}

function walk(dir: string, add: (file: string) => void, skip: (file: string, reason: string) => void): void {
  let entries: fs.Dirent<Buffer>[];
  try {
    // Names as bytes: a name that is not valid UTF-8 would otherwise be decoded into a path that
    // does not exist.
    entries = fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (e) {
    skip(dir, `directory not readable (${errnoText(e)})`);
    return;
  }
  const named = entries.map((e) => ({ e, name: e.name.toString('utf8') }));
  named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Listing a large tree is the first burst of allocation of a run: the young generation's cap applies here already.
  capYoungGeneration();
  let seen = 0;
  for (const { e, name } of named) {
    if (++seen % 16 === 0) capYoungGeneration();
    const p = path.join(dir, name);
    if (!Buffer.from(name, 'utf8').equals(e.name)) {
      if (e.isDirectory() || isWorkspaceSource(p)) skip(path.join(dir, escapeBytes(e.name)), 'file name is not valid UTF-8');
      continue;
    }
    if (e.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(name)) walk(p, add, skip);
    } else if (e.isFile() && isWorkspaceSource(p)) {
      add(p);
    } else if (!e.isFile() && !e.isSymbolicLink() && isWorkspaceSource(p)) {
      skip(p, `not a regular file (${kindOf(e)})`);
    }
  }
}

/** A file name whose bytes are not UTF-8, readable: valid sequences kept, other bytes as `\\xNN`. */
function escapeBytes(name: Buffer): string {
  let out = '';
  for (let i = 0; i < name.length; ) {
    const b = name[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    const piece = len > 0 ? name.subarray(i, i + len) : undefined;
    const text = piece && piece.length === len ? piece.toString('utf8') : undefined;
    if (piece && text !== undefined && Buffer.from(text, 'utf8').equals(piece)) {
      out += text;
      i += len;
    } else {
      out += `\\x${b.toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

function kindOf(e: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (e.isFIFO()) return 'FIFO';
  if (e.isSocket()) return 'socket';
  if (e.isCharacterDevice() || e.isBlockDevice()) return 'device';
  return 'special file';
}

/** Files up to this size are read with one call (no separate sniff of their first bytes). */
const ONE_READ_BYTES = 256 * 1024;

/** Files larger than this are not read (generated dumps of data, not code or schema). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/**
 * Reads a file as text, or says why it cannot be analysed: gone, unreadable, not a regular file
 * (opened without blocking, so a FIFO never hangs the run), too large, or binary. UTF-8 (a BOM is
 * dropped) and UTF-16 with a BOM are decoded.
 */
export function readInput(file: InputFile): { text: string; note?: string } | { reason: string } {
  let fd: number;
  try {
    fd = fs.openSync(file.absolute, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { reason: code === 'ENOENT' ? 'file vanished before it could be read' : `not readable (${errnoText(e)})` };
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { reason: `not a regular file (${kindOf(st)})` };
    if (st.size > MAX_FILE_BYTES) return { reason: `larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB` };
    // A small file is read in one call; a larger one is sniffed first, so a big binary file is
    // never read whole. Positional reads leave the file offset at 0, so `readFileSync` (a file
    // that grew since `fstat`) reads from the start.
    const first = Buffer.allocUnsafe(Math.min(st.size <= ONE_READ_BYTES ? st.size : SNIFF_BYTES, st.size));
    let n = 0;
    for (let k = 1; n < first.length && k > 0; n += k) k = fs.readSync(fd, first, n, first.length - n, n);
    const whole = st.size <= ONE_READ_BYTES && n === st.size && fs.readSync(fd, Buffer.allocUnsafe(1), 0, 1, n) === 0 ? first : undefined;
    const decoded = decodeSource(first.subarray(0, Math.min(n, SNIFF_BYTES)), () => whole ?? fs.readFileSync(fd));
    if ('skip' in decoded) return { reason: decoded.skip };
    const tooLarge = sourceTooLarge(file.absolute, decoded.text);
    return tooLarge ? { reason: `${tooLarge} (minified or generated code is not analysed)` } : decoded;
  } catch (e) {
    return { reason: `not readable (${errnoText(e)})` };
  } finally {
    fs.closeSync(fd);
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

/** A short, wordy description of an I/O error (no raw errno alone). */
function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'no such file',
    EISDIR: 'is a directory',
    ELOOP: 'too many symbolic links',
    EIO: 'input/output error',
    EMFILE: 'too many open files',
  };
  if (code && words[code]) return `${words[code]}, ${code}`;
  return code ?? (e instanceof Error ? e.message : String(e));
}
