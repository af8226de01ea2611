/**
 * Replaces placeholders that are not PostgreSQL syntax with PostgreSQL parameters of the same
 * length, so that every offset into the text stays valid:
 *
 * - `?` (JDBC, Rails, Knex, Sequelize): `$n` when a neighbouring blank can be borrowed
 *   (`a = ?` → `a =$1`), else `0`. Not the jsonb/geometric operators `?|`, `?&`, `@?`, `^?`,
 *   `??`, `?-`, `?#`, nor `data ? 'key'`, nor an operator name (`CREATE OPERATOR ? (…)`).
 * - `:name` (Rails, Sequelize, SQLAlchemy) and psql's `:v`: `$n` padded with blanks; never `::` casts
 *   or `:=`; the same name gets the same number. psql's `:'v'` (a literal) becomes `$n`, and
 *   `:"v"` (an identifier) becomes the identifier `"v"` preceded by a blank.
 * - `%s` and `%(name)s` (psycopg): `$n` padded; `%%` is a literal percent and stays.
 *   `IN %s` (psycopg expands a tuple) becomes `IN($n)`, borrowing blanks after the
 *   placeholder, or `IN(0)` when none can be borrowed.
 * - `${…}` (JavaScript templates, nested braces allowed): `$n` padded.
 * - sqlc: `@name` (also `@name::type`), `sqlc.arg(name)`, `sqlc.narg(name)`, `sqlc.slice(name)`
 *   (quoted or bare name): `$n` padded, the same name the same number; `sqlc.embed(t)` → `t.*`.
 *   `@` stays an operator when it is one (`@>`, `<@`, `@@`, `@ x`).
 *
 * Nothing inside quotes, comments or dollar quotes is touched. Numbering starts after the
 * highest `$n` already in the text. The result always has exactly the input's length.
 */
import { dollarQuoteEnd, isIdent, isIdentStart, isSpace, skipBlockComment, skipQuoted } from './split';

export function replacePlaceholders(sql: string): string {
  if (!/[?:%$@]|sqlc\./i.test(sql)) return sql;
  const n = sql.length;
  const out: string[] = [];
  let copied = 0;
  let next = highestParam(sql) + 1;
  const named = new Map<string, number>();
  const numberFor = (name: string | undefined): number => {
    if (name === undefined) return next++;
    let k = named.get(name);
    if (k === undefined) {
      k = next++;
      named.set(name, k);
    }
    return k;
  };
  /** Replaces `sql[from, to)` with `text` (which must have length `to - from`). */
  const emit = (from: number, to: number, text: string): void => {
    out.push(sql.slice(copied, from), text);
    copied = to;
  };

  let i = 0;
  while (i < n) {
    const code = sql.charCodeAt(i);
    if (isSpace(code) || code === 44 /* , */ || code === 40 /* ( */ || code === 41 /* ) */ || code === 46 /* . */ || code === 61 /* = */) {
      i++;
      continue;
    }
    const c = sql[i]!;
    if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      i = nl < 0 ? n : nl + 1;
      continue;
    }
    if (c === '/' && sql[i + 1] === '*') {
      i = skipBlockComment(sql, i);
      continue;
    }
    if (c === "'") {
      i = skipQuoted(sql, i + 1, "'", false);
      continue;
    }
    if (c === '"') {
      i = skipQuoted(sql, i + 1, '"', false);
      continue;
    }
    if ((code === 115 || code === 83) /* s S */ && (i === 0 || !isIdent(sql.charCodeAt(i - 1)))) {
      const m = SQLC_MACRO.exec(sql.slice(i, i + 200));
      if (m) {
        const end = i + m[0].length;
        const fn = m[1]!.toLowerCase();
        const name = m[2] ?? m[3] ?? m[4]!;
        emit(i, end, fn === 'embed' ? padded(`${m[0].slice(m[0].indexOf('(') + 1, -1).trim()}.*`, end - i) : padded(`$${numberFor(name)}`, end - i));
        i = end;
        continue;
      }
    }
    if (c === '@' && isIdentStart(sql.charCodeAt(i + 1)) && sql.charCodeAt(i + 1) !== 36 && !isOperatorChar(sql.charCodeAt(i - 1))) {
      // sqlc's named parameter `@name`.
      let j = i + 2;
      while (j < n && isIdent(sql.charCodeAt(j)) && sql[j] !== '$') j++;
      emit(i, j, padded(`$${numberFor(sql.slice(i + 1, j))}`, j - i));
      i = j;
      continue;
    }
    if (isIdentStart(code)) {
      let j = i + 1;
      while (j < n && isIdent(sql.charCodeAt(j))) j++;
      const escapeString = j === i + 1 && (code === 69 || code === 101) /* E e */ && sql.charCodeAt(j) === 39; /* ' */
      i = escapeString ? skipQuoted(sql, j + 1, "'", true) : j;
      continue;
    }
    if (code >= 48 && code <= 57) {
      while (i < n && isIdent(sql.charCodeAt(i))) i++;
      continue;
    }
    if (c === '$') {
      if (sql[i + 1] === '{') {
        const end = closingBrace(sql, i + 1);
        emit(i, end, padded(`$${numberFor(undefined)}`, end - i));
        i = end;
        continue;
      }
      const end = dollarQuoteEnd(sql, i);
      if (end !== undefined) {
        i = end;
        continue;
      }
      i++;
      while (i < n && isIdent(sql.charCodeAt(i))) i++;
      continue;
    }
    if (c === '?') {
      if (isOperatorQuestionMark(sql, i)) {
        i += sql[i + 1] === '?' ? 2 : 1;
        continue;
      }
      // Take a number only when the parameter fits, so the numbering has no gaps.
      const r = borrowBlanks(sql, i, i + 1, `$${next}`);
      if (r) {
        next++;
        emit(r.from, r.to, r.text);
      } else emit(i, i + 1, '0');
      i++;
      continue;
    }
    if (c === ':') {
      const prev = i > 0 ? sql.charCodeAt(i - 1) : 0;
      if (sql[i + 1] === ':' || sql[i + 1] === '=' || prev === 58 /* : */ || prev === 91 /* [ */ || (i > 0 && isIdent(prev))) {
        // `::` casts, `:=` assignments and array slices such as `a[1:2]` or `a[:n]` are SQL.
        i += sql[i + 1] === ':' ? 2 : 1;
        continue;
      }
      const q = sql[i + 1];
      if (q === "'" || q === '"') {
        // psql's :'v' and :"v".
        const end = skipQuoted(sql, i + 2, q, false);
        const len = end - i;
        if (q === "'") emit(i, end, padded(`$${numberFor(sql.slice(i + 2, end - 1))}`, len));
        else emit(i, end, ' ' + sql.slice(i + 1, end));
        i = end;
        continue;
      }
      if (isIdentStart(sql.charCodeAt(i + 1))) {
        let j = i + 2;
        while (j < n && isIdent(sql.charCodeAt(j)) && sql[j] !== '$') j++;
        emit(i, j, padded(`$${numberFor(sql.slice(i + 1, j))}`, j - i));
        i = j;
        continue;
      }
      i++;
      continue;
    }
    if (c === '%') {
      if (sql[i + 1] === '%') {
        i += 2;
        continue;
      }
      let end = -1;
      let name: string | undefined;
      if (sql[i + 1] === 's') end = i + 2;
      else if (sql[i + 1] === '(') {
        const close = sql.indexOf(')', i + 2);
        if (close > 0 && sql[close + 1] === 's' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(sql.slice(i + 2, close))) {
          end = close + 2;
          name = sql.slice(i + 2, close);
        }
      }
      if (end < 0 || (end < n && isIdent(sql.charCodeAt(end)))) {
        i++;
        continue;
      }
      // The number is taken only when `$n` is really written (not a `0` fallback).
      const p = `$${name === undefined ? next : (named.get(name) ?? next)}`;
      const use = (text: string): string => {
        if (text.includes(p)) numberFor(name);
        return text;
      };
      const inStart = precedingIn(sql, i);
      if (inStart !== undefined) {
        // psycopg expands `IN %s` to `IN (1, 2, 3)`: make it `IN($n)` of the same total length.
        const kw = sql.slice(inStart, inStart + 2);
        const spaced = `${kw} (${p})`;
        const r =
          (spaced.length <= end - inStart ? { from: inStart, to: end, text: padded(spaced, end - inStart) } : undefined) ??
          borrowAfter(sql, inStart, end, `${kw}(${p})`) ??
          borrowAfter(sql, inStart, end, `${kw}(0)`);
        if (r) {
          emit(r.from, r.to, use(r.text));
          i = r.to;
          continue;
        }
      }
      emit(i, end, use(padded(p, end - i)));
      i = end;
      continue;
    }
    i++;
  }
  if (copied === 0) return sql;
  out.push(sql.slice(copied));
  return out.join('');
}

/** `sqlc.arg('x')`, `sqlc.narg(x)`, `sqlc.slice("x")`, `sqlc.embed(t)` at the start of the text. */
const SQLC_MACRO = /^sqlc\s*\.\s*(arg|narg|slice|embed)\s*\(\s*(?:'([^']*)'|"([^"]*)"|([A-Za-z_][A-Za-z0-9_]*))\s*\)/i;

/** A character that can end an operator (`<@`, `@@`, `~@`): then `@` is part of that operator. */
function isOperatorChar(c: number): boolean {
  return c === 43 || c === 45 || c === 42 || c === 47 || c === 60 || c === 62 || c === 126 || c === 33 || c === 64 || c === 35 || c === 37 || c === 94 || c === 38 || c === 124 || c === 96 || c === 63;
}

/** The highest `$n` parameter number already used in the text (0 when none). */
function highestParam(sql: string): number {
  let max = 0;
  for (const m of sql.matchAll(/\$(\d{1,6})/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/** `p` padded with blanks to `len`, or `0` padded when `p` does not fit. */
function padded(p: string, len: number): string {
  if (p.length <= len) return p + ' '.repeat(len - p.length);
  return '0' + ' '.repeat(len - 1);
}

/** Offset just after the `}` closing a `${` whose `{` is at `i` (nested braces count). */
function closingBrace(sql: string, i: number): number {
  let depth = 0;
  for (let k = i; k < sql.length; k++) {
    const q = sql[k];
    if (q === "'" || q === '"' || q === '`') {
      // A JavaScript string inside the interpolation: its braces and quotes are not SQL, and it
      // stays inside the placeholder (never leaving half a quote behind in the SQL).
      k++;
      while (k < sql.length && sql[k] !== q) k += sql[k] === '\\' ? 2 : 1;
      if (k >= sql.length) return sql.length;
      continue;
    }
    if (sql[k] === '{') depth++;
    else if (sql[k] === '}' && --depth === 0) return k + 1;
  }
  return sql.length;
}

const OPERATOR_CHARS = '~!@#^&|`?+-*/%<>=';

/** `?` that belongs to an operator (`?|`, `?&`, `@?`, `??`, `?-`, `?#`) or is jsonb's `data ? 'key'`. */
function isOperatorQuestionMark(sql: string, i: number): boolean {
  const next = sql[i + 1] ?? '';
  const prev = i > 0 ? sql[i - 1]! : '';
  // `?|`, `?&`, `?-|`, `?#`, ltree's `?@>`, `?<@`, `?~`: an operator character right after it.
  if (next !== '' && OPERATOR_CHARS.includes(next)) return true;
  // `^?`, `@?`, `#?` … are operators; `pg_catalog.?` names one.
  if (prev !== '' && '@?#^~!&|.'.includes(prev)) return true;
  let k = i + 1;
  while (k < sql.length && isSpace(sql.charCodeAt(k))) k++;
  // `CREATE OPERATOR ? (…)`, `OPERATOR 9 ?(hstore, text)`: a parameter is never followed by `(`.
  if (sql[k] === '(') return true;
  if (sql[k] === "'" || ((sql[k] === 'E' || sql[k] === 'e') && sql[k + 1] === "'")) {
    // `? 'key'`: a placeholder is never followed by a literal, the jsonb operator is.
    let p = i - 1;
    while (p >= 0 && isSpace(sql.charCodeAt(p))) p--;
    return p >= 0 && !OPERATOR_CHARS.includes(sql[p]!) && sql[p] !== '(' && sql[p] !== ',';
  }
  return false;
}

/**
 * Replacement of `sql[from, to)` by `text` when blanks right before or after can be borrowed
 * without gluing `text` to a neighbouring word; undefined when that is impossible.
 */
function borrowBlanks(sql: string, from: number, to: number, text: string): { from: number; to: number; text: string } | undefined {
  const need = text.length - (to - from);
  if (need <= 0) return { from, to, text: padded(text, to - from) };
  // Only spaces and tabs: a borrowed newline could end a line comment and swallow the parameter.
  let before = 0;
  while (before < need && from - before - 1 >= 0 && isBlank(sql.charCodeAt(from - before - 1))) before++;
  const glueBefore = from - before - 1 >= 0 && isIdent(sql.charCodeAt(from - before - 1)) && isIdent(text.charCodeAt(0));
  if (before === need && !glueBefore) return { from: from - need, to, text };
  return borrowAfter(sql, from, to, text);
}

/** Like `borrowBlanks`, borrowing only blanks after `to`. */
function borrowAfter(sql: string, from: number, to: number, text: string): { from: number; to: number; text: string } | undefined {
  const need = text.length - (to - from);
  if (need <= 0) return { from, to, text: padded(text, to - from) };
  let after = 0;
  while (after < need && to + after < sql.length && isSpace(sql.charCodeAt(to + after))) after++;
  if (after < need) return undefined;
  const glueAfter = to + need < sql.length && isIdent(sql.charCodeAt(to + need)) && isIdent(text.charCodeAt(text.length - 1));
  if (glueAfter) return undefined;
  return { from, to: to + need, text };
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** Start of `IN` when the placeholder at `i` directly follows the keyword `IN` (and blanks). */
function precedingIn(sql: string, i: number): number | undefined {
  let p = i - 1;
  while (p >= 0 && isSpace(sql.charCodeAt(p))) p--;
  if (p < 1) return undefined;
  const word = sql.slice(p - 1, p + 1);
  if (word.toLowerCase() !== 'in') return undefined;
  if (p - 2 >= 0 && isIdent(sql.charCodeAt(p - 2))) return undefined;
  return p - 1;
}
