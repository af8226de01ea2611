/**
 * The SQL layer: splits text into statements, makes non-PostgreSQL placeholders parseable,
 * parses each statement with the real PostgreSQL parser (libpg-query, WASM) and converts the
 * parser's UTF-8 byte locations into UTF-16 offsets of the checked document.
 *
 * `ensureParserLoaded()` must have resolved once before any other function is called.
 */
import { loadModule, parseSync, scanSync } from 'libpg-query';
import { splitStatements, type StatementPiece } from './split';
import { replacePlaceholders } from './placeholders';

export type { StatementPiece } from './split';
export { splitStatements, replacePlaceholders };

/** A libpg-query AST node: `{ NodeType: { ...fields } }` or a plain field object. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AstNode = any;

export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

export interface ParsedStatement {
  /** The piece of the document this statement came from (document UTF-16 offsets). */
  readonly piece: StatementPiece;
  /** The statement node, e.g. `{ SelectStmt: {...} }`. */
  readonly ast: AstNode;
  /** The statement's text after placeholder replacement (what the parser saw). */
  readonly sql: string;
  /** Document offset where this statement starts (several statements can share a piece). */
  readonly start: number;
  /** Document offset of a byte location reported by the parser for this statement. */
  offsetOf(byteLocation: number): number;
  /** Document range of the token starting at a byte location. */
  tokenRange(byteLocation: number): OffsetRange;
  /**
   * Document range of a possibly qualified name (`a`, `s.a`, `"S"."A"`, `db.s.a`) whose first
   * token starts at a byte location: from the first token to the end of the last name token.
   */
  nameRange(byteLocation: number): OffsetRange;
  /** Document offset just after the statement's last token (before any `;`). */
  readonly endOffset: number;
  /** The scanner's tokens of `sql` (byte offsets, comments included), computed once and cached. */
  tokens(): readonly Token[];
}

export interface StatementError {
  readonly piece: StatementPiece;
  readonly message: string;
  /** Document offset of the error position (or of the statement start when unknown). */
  readonly offset: number;
}

export interface ParsedSql {
  readonly statements: readonly ParsedStatement[];
  readonly errors: readonly StatementError[];
}

export interface ParseOptions {
  /**
   * Maps an offset in `text` to an offset in the document. Default: `base + offset`.
   * Embedded SQL (host-language strings) passes its own mapping.
   */
  readonly mapOffset?: (offset: number) => number;
  /** Added to every offset when no `mapOffset` is given. */
  readonly base?: number;
  /** Replace `?`, `:name`, `%s`, `%(name)s`, `${…}` with `$n` (default true). */
  readonly placeholders?: boolean;
  /** Only statements for which this returns true are parsed (a cheap pre-filter). */
  readonly filter?: (pieceText: string) => boolean;
}

let loaded: Promise<void> | undefined;
let ready = false;

/** Loads the WebAssembly parser once. */
export function ensureParserLoaded(): Promise<void> {
  loaded ??= loadModule().then(() => {
    ready = true;
  });
  return loaded;
}

export function parserReady(): boolean {
  return ready;
}

/** Parses every statement of `text`; one bad statement never hides the others. */
export function parseSql(text: string, options: ParseOptions = {}): ParsedSql {
  if (!ready) throw new Error('SQL parser not loaded: await ensureParserLoaded() first');
  const base = options.base ?? 0;
  const map = options.mapOffset ?? ((o: number) => base + o);
  const statements: ParsedStatement[] = [];
  const errors: StatementError[] = [];
  for (const piece of splitStatements(text)) {
    if (options.filter && !options.filter(piece.text)) continue;
    const sql = options.placeholders === false ? piece.text : replacePlaceholders(piece.text);
    let result;
    try {
      result = parseSync(sql);
    } catch (e) {
      errors.push(parseError(e, piece, sql, map));
      continue;
    }
    const conv = byteToUtf16(sql);
    for (const raw of result.stmts ?? []) {
      if (!raw.stmt) continue;
      statements.push(new Statement(piece, raw.stmt, sql, conv, map, raw.stmt_location ?? 0, raw.stmt_len ?? 0));
    }
  }
  return { statements, errors };
}

/** Converts UTF-8 byte offsets of `s` to UTF-16 offsets (identity for ASCII text). */
export function byteToUtf16(s: string): (byte: number) => number {
  if (!/[^\x00-\x7f]/.test(s)) return (b) => b;
  const table: number[] = [];
  let byte = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const len = c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : 3;
    for (let k = 0; k < len; k++) table[byte + k] = i;
    byte += len;
    if (len === 4) i++;
  }
  table[byte] = s.length;
  return (b) => (b <= 0 ? 0 : b >= table.length ? s.length : (table[b] ?? s.length));
}

/** A lexical token: UTF-8 byte offsets into the scanned text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The scanner's token name, e.g. `IDENT`, `SCONST`, `SQL_COMMENT`, `C_COMMENT`, `ASCII_59`. */
  readonly tokenName?: string;
}

/**
 * The PostgreSQL scanner's tokens of `sql`; never throws. `scanSync` throws garbled JSON on
 * lexically broken text (an unterminated quote or comment while someone types): then the text
 * before the error position is scanned instead, so the good tokens before it survive.
 */
export function scanTokens(sql: string): Token[] {
  if (!ready) throw new Error('SQL parser not loaded: await ensureParserLoaded() first');
  try {
    return scanSync(sql).tokens;
  } catch {
    let cut = -1;
    try {
      parseSync(sql);
    } catch (e) {
      const cp = (e as { sqlDetails?: { cursorPosition?: number } }).sqlDetails?.cursorPosition;
      if (typeof cp === 'number' && cp >= 0) cut = codePointsToUtf16(sql, cp);
    }
    if (cut <= 0 || cut >= sql.length) return [];
    try {
      return scanSync(sql.slice(0, cut)).tokens;
    } catch {
      return [];
    }
  }
}

/** UTF-16 index of the code point with 0-based index `cp` (clamped to the text's length). */
export function codePointsToUtf16(s: string, cp: number): number {
  let offset = 0;
  let n = 0;
  for (const ch of s) {
    if (n >= cp) break;
    offset += ch.length;
    n++;
  }
  return Math.min(offset, s.length);
}

class Statement implements ParsedStatement {
  private tokensCache: Token[] | undefined;

  constructor(
    readonly piece: StatementPiece,
    readonly ast: AstNode,
    readonly sql: string,
    private readonly conv: (byte: number) => number,
    private readonly map: (offset: number) => number,
    private readonly stmtLocation: number,
    /** Byte length of the statement in `sql` (0: to the end). */
    private readonly stmtLength: number,
  ) {}

  get start(): number {
    return this.offsetOf(this.stmtLocation);
  }

  get endOffset(): number {
    // The last token of this statement: trailing comments and a `;` (several statements can
    // share a piece, e.g. a rule's actions) do not count.
    const endByte = this.stmtLength > 0 ? this.stmtLocation + this.stmtLength : Infinity;
    const toks = this.tokens();
    for (let i = toks.length - 1; i >= 0; i--) {
      const t = toks[i]!;
      if (isComment(t) || t.text === ';') continue;
      if (t.end <= endByte && t.start >= this.stmtLocation) return this.offsetOf(t.end);
    }
    return this.map(this.piece.start + this.piece.text.length);
  }

  offsetOf(byteLocation: number): number {
    return this.map(this.piece.start + this.conv(byteLocation));
  }

  tokens(): Token[] {
    if (!this.tokensCache) {
      this.tokensCache = scanTokens(this.sql);
    }
    return this.tokensCache;
  }

  private tokenIndexAt(byte: number): number {
    const toks = this.tokens();
    let lo = 0;
    let hi = toks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = toks[mid]!;
      if (t.end <= byte) lo = mid + 1;
      else if (t.start > byte) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  tokenRange(byteLocation: number): OffsetRange {
    const i = this.tokenIndexAt(byteLocation);
    if (i < 0) {
      const o = this.offsetOf(byteLocation);
      return { start: o, end: o };
    }
    const t = this.tokens()[i]!;
    return { start: this.offsetOf(t.start), end: this.offsetOf(t.end) };
  }

  nameRange(byteLocation: number): OffsetRange {
    const toks = this.tokens();
    let i = this.tokenIndexAt(byteLocation);
    if (i < 0) return this.tokenRange(byteLocation);
    const first = toks[i]!;
    let last = first;
    // `s.t`, `"S"."T"`, and `s . t` (PostgreSQL allows blanks and comments around the dot).
    const isName = (t: Token | undefined): boolean => !!t && /^[A-Za-z_"\u0080-\uffff]/.test(t.text) && !isComment(t);
    const next = (k: number): number => {
      let j = k + 1;
      while (toks[j] && isComment(toks[j]!)) j++;
      return j;
    };
    for (;;) {
      const dot = next(i);
      if (toks[dot]?.text !== '.') break;
      const name = next(dot);
      if (!isName(toks[name])) break;
      last = toks[name]!;
      i = name;
    }
    return { start: this.offsetOf(first.start), end: this.offsetOf(last.end) };
  }
}

function isComment(t: Token): boolean {
  return t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT';
}

function parseError(e: unknown, piece: StatementPiece, sql: string, map: (o: number) => number): StatementError {
  const err = e as { message?: string; sqlDetails?: { cursorPosition?: number } };
  // libpg-query reports error positions as 0-based code-point indexes.
  const cp = err.sqlDetails?.cursorPosition;
  const offset = typeof cp === 'number' && cp >= 0 ? codePointsToUtf16(sql, cp) : 0;
  return { piece, message: err.message ?? String(e), offset: map(piece.start + offset) };
}
