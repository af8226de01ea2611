/**
 * Catalog text → the engine's model: `pg_get_partkeydef` output to key parts, `pg_get_expr`
 * partition bounds to bounds, key expressions to a canonical form, plus byte counts for people.
 * Pure functions; `introspect.ts` runs the queries.
 */
import type { BoundValue, KeyPart, PartitionBound, Strategy } from '../engine/catalog/model';
export function strategyOf(s: string): Strategy {
  const c = s.trim().toLowerCase();
  if (c === 'r' || c === 'range') return 'range';
  if (c === 'l' || c === 'list') return 'list';
  return 'hash';
}

/**
 * Parses `pg_get_partkeydef` output (`RANGE (created_at)`, `LIST (lower(email))`,
 * `HASH ("User Id" int4_ops)`). `keyColumns[i]` is the column name of key part i, or null for an
 * expression (from `pg_partitioned_table.partattrs`); `tableColumns` lets an expression name the
 * columns it reads.
 */
export function parsePartKeyDef(
  def: string,
  keyColumns: readonly (string | null)[] = [],
  tableColumns: readonly string[] = [],
): { strategy: Strategy; key: KeyPart[] } {
  const m = /^\s*(RANGE|LIST|HASH)\s*\(([\s\S]*)\)\s*$/i.exec(def);
  if (!m) return { strategy: 'range', key: [] };
  const strategy = strategyOf(m[1]!);
  const parts = splitTopLevelCommas(m[2]!);
  const key: KeyPart[] = parts.map((raw, i) => {
    const text = raw.trim();
    const column = keyColumns[i];
    if (column) {
      const rest = text.slice(identifierLength(text)).trim();
      const coll = /COLLATE\s+("(?:[^"]|"")*"|[^\s]+)/i.exec(rest);
      const opclass = rest.replace(/COLLATE\s+("(?:[^"]|"")*"|[^\s]+)/i, '').trim();
      return {
        kind: 'column',
        column,
        ...(opclass ? { opclass } : {}),
        ...(coll ? { collation: unquoteIdent(coll[1]!) } : {}),
      };
    }
    // `substr(a, 1) COLLATE "C"`: the collation belongs to the key element, not to its expression.
    const collated = /^([\s\S]*?)\s+COLLATE\s+("(?:[^"]|"")*"|[^\s()]+)$/i.exec(text);
    const exprText = stripOuterParens(collated ? collated[1]! : text);
    return {
      kind: 'expression',
      text: exprText,
      normalized: normalizeExpression(exprText),
      columns: columnsIn(exprText, tableColumns),
      ...(collated ? { collation: unquoteIdent(collated[2]!) } : {}),
    };
  });
  return { strategy, key };
}

/** Adds the column types and collations the catalog reports to a parsed key's column parts. */
export function withKeyTypes(s: { strategy: Strategy; key: KeyPart[] }, types: unknown, colls: unknown): { strategy: Strategy; key: KeyPart[] } {
  const ts = Array.isArray(types) ? (types as (string | null)[]) : [];
  const cs = Array.isArray(colls) ? (colls as (string | null)[]) : [];
  const key = s.key.map((k, i): KeyPart => {
    if (k.kind !== 'column') return k;
    const type = ts[i];
    const collation = k.collation ?? cs[i] ?? undefined;
    return { ...k, ...(type ? { type } : {}), ...(collation ? { collation } : {}) };
  });
  return { strategy: s.strategy, key };
}

/**
 * A canonical form of a key expression for matching a query's expression against it: casts of
 * string literals dropped (`'month'::text` → `'month'`), unquoted words lower-cased, spaces removed.
 */
export function normalizeExpression(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "'") {
      let j = i + 1;
      while (j < text.length) {
        if (text[j] === "'" && text[j + 1] === "'") j += 2;
        else if (text[j] === "'") break;
        else j++;
      }
      out += text.slice(i, j + 1);
      i = j + 1;
      // Drop a cast right after a literal: the catalog adds `::text` where the user wrote none.
      const cast = /^::\s*(?:"[^"]*"|[a-z_][a-z0-9_ ]*(?:\([^)]*\))?)/i.exec(text.slice(i));
      if (cast) i += cast[0].length;
      continue;
    }
    if (c === '"') {
      const j = text.indexOf('"', i + 1);
      const end = j < 0 ? text.length : j + 1;
      out += text.slice(i, end);
      i = end;
      continue;
    }
    if (!/\s/.test(c)) out += c.toLowerCase();
    i++;
  }
  return out;
}

function columnsIn(expr: string, tableColumns: readonly string[]): string[] {
  const cols = new Set(tableColumns);
  const out: string[] = [];
  const re = /'(?:[^']|'')*'|"((?:[^"]|"")*)"|([A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*)/g;
  for (let m = re.exec(expr); m; m = re.exec(expr)) {
    const name = m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2] !== undefined ? m[2].toLowerCase() : undefined;
    if (name !== undefined && cols.has(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

function identifierLength(text: string): number {
  if (text.startsWith('"')) {
    let i = 1;
    while (i < text.length) {
      if (text[i] === '"' && text[i + 1] === '"') i += 2;
      else if (text[i] === '"') return i + 1;
      else i++;
    }
    return text.length;
  }
  const m = /^[^\s]+/.exec(text);
  return m ? m[0].length : 0;
}

function unquoteIdent(s: string): string {
  return s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s;
}

function stripOuterParens(s: string): string {
  let t = s.trim();
  while (t.startsWith('(') && t.endsWith(')') && matchingParen(t, 0) === t.length - 1) t = t.slice(1, -1).trim();
  return t;
}

function matchingParen(s: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Splits at commas outside quotes and parentheses. */
export function splitTopLevelCommas(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) {
        if (s[i + 1] === quote) i++;
        else quote = '';
      }
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  if (s.slice(start).trim() !== '' || out.length) out.push(s.slice(start));
  return out;
}

/** Parses `pg_get_expr(relpartbound)` text into the shared `PartitionBound`. */
export function parseBound(text: string): PartitionBound {
  const t = text.trim();
  if (/^DEFAULT$/i.test(t)) return { kind: 'default', text: 'DEFAULT' };
  let m = /^FOR VALUES FROM \(([\s\S]*)\) TO \(([\s\S]*)\)$/i.exec(t);
  if (m) {
    const from = splitTopLevelCommas(m[1]!).map(boundValue);
    const to = splitTopLevelCommas(m[2]!).map(boundValue);
    return { kind: 'range', from, to, text: t };
  }
  m = /^FOR VALUES IN \(([\s\S]*)\)$/i.exec(t);
  if (m) {
    const values = splitTopLevelCommas(m[1]!).map((v) => {
      const bv = literalText(v);
      return bv === null ? null : bv;
    });
    return { kind: 'list', values, text: t };
  }
  m = /^FOR VALUES WITH \(\s*modulus\s+(\d+)\s*,\s*remainder\s+(\d+)\s*\)$/i.exec(t);
  if (m) return { kind: 'hash', modulus: Number(m[1]), remainder: Number(m[2]), text: t };
  return { kind: 'unknown', text: t };
}

function boundValue(raw: string): BoundValue {
  const v = raw.trim();
  if (/^MINVALUE$/i.test(v)) return { kind: 'minvalue' };
  if (/^MAXVALUE$/i.test(v)) return { kind: 'maxvalue' };
  return { kind: 'value', text: literalText(v) ?? 'NULL' };
}

/** The text of a printed constant without quotes or casts; null for NULL. */
function literalText(raw: string): string | null {
  let v = raw.trim();
  if (/^NULL$/i.test(v)) return null;
  // Drop a trailing cast (`'x'::text`), which the catalog may print for some types.
  const cast = /^('(?:[^']|'')*')::[\s\S]+$/.exec(v);
  if (cast) v = cast[1]!;
  if (v.startsWith("'") && v.endsWith("'") && v.length >= 2) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

/** `partition count`, human-readable byte sizes etc. for the explorer and CLI. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? v : v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}
