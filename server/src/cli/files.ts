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
      walk(absolute, (file) => {
        if (!out.has(file)) out.set(file, { absolute: file, display: display(given, file) });
      }, (file, reason) => skipped.push({ file: display(given, file), reason }));
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
  for (const { e, name } of named) {
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

/** Files larger than this are not read (generated dumps of data, not code or schema). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/**
 * Reads a file as text, or says why it cannot be analysed: gone, unreadable, not a regular file
 * (opened without blocking, so a FIFO never hangs the run), too large, or binary. UTF-8 (a BOM is
 * dropped) and UTF-16 with a BOM are decoded.
 */
export function readInput(file: InputFile): { text: string } | { reason: string } {
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
    const buf = fs.readFileSync(fd);
    return decode(buf);
  } catch (e) {
    return { reason: `not readable (${errnoText(e)})` };
  } finally {
    fs.closeSync(fd);
  }
}

function decode(buf: Buffer): { text: string } | { reason: string } {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: buf.subarray(2).toString('utf16le') };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const le = Buffer.from(buf.subarray(2));
    le.swap16();
    return { text: le.toString('utf16le') };
  }
  // NUL bytes do not occur in source text: an image, an archive, or UTF-16 without a BOM.
  if (buf.subarray(0, 8192).includes(0)) return { reason: 'binary file (or UTF-16 without a byte order mark)' };
  const text = buf.toString('utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
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

/** Reads a file as UTF-8 (a BOM is dropped); unreadable files are a CliError. */
export function readText(file: InputFile): string {
  const r = readInput(file);
  if ('reason' in r) throw new CliError(`cannot read ${file.display}: ${r.reason}`);
  return r.text;
}
