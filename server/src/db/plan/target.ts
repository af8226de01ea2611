/**
 * The facts a plan needs about one partitioned table, read in a few set-based catalog queries:
 * strategy, key columns with their types, insertable columns, direct partitions with their
 * bounds (parsed), the default partition, pending detaches, and the server version.
 */
import type { Queryable } from '../connection';
import { parseTemporal, temporalTypeOf, type TemporalType } from '../periods';
import { PlanError } from './types';

export type Strategy = 'range' | 'list' | 'hash';

export interface KeyColumn {
  /** Column name, or undefined for an expression key. */
  readonly column?: string;
  /** The expression text for expression keys. */
  readonly expression?: string;
  /** `format_type()` of the key, e.g. `timestamp with time zone`. */
  readonly type: string;
  readonly temporal?: TemporalType;
}

/** A bound datum: a value's text (without quotes), NULL, or MINVALUE/MAXVALUE. */
export type Datum = { readonly kind: 'value'; readonly text: string } | { readonly kind: 'null' } | { readonly kind: 'minvalue' } | { readonly kind: 'maxvalue' };

export type Bound =
  | { readonly kind: 'range'; readonly from: readonly Datum[]; readonly to: readonly Datum[] }
  | { readonly kind: 'list'; readonly values: readonly Datum[] }
  | { readonly kind: 'hash'; readonly modulus: number; readonly remainder: number }
  | { readonly kind: 'default' }
  | { readonly kind: 'unknown' };

export interface TargetPartition {
  readonly schema: string;
  readonly name: string;
  readonly boundText: string;
  readonly bound: Bound;
  readonly detachPending: boolean;
  readonly isPartitioned: boolean;
}

export interface TargetTable {
  readonly oid: number;
  readonly schema: string;
  readonly name: string;
  readonly strategy: Strategy;
  readonly key: readonly KeyColumn[];
  /** Columns that an INSERT may name (not dropped, not generated), in table order. */
  readonly insertColumns: readonly string[];
  readonly partitions: readonly TargetPartition[];
  readonly defaultPartition?: TargetPartition;
  readonly serverVersionNum: number;
}

/**
 * Splits a user-typed table name (`leads`, `public.leads`, `"My Schema"."Leads"`) the way
 * PostgreSQL reads it: unquoted parts fold to lower case.
 */
export function parseQualifiedName(text: string): { schema?: string; name: string } {
  const parts: string[] = [];
  let i = 0;
  const s = text.trim();
  while (i < s.length) {
    if (s[i] === '"') {
      let j = i + 1;
      let v = '';
      for (;;) {
        if (j >= s.length) throw new PlanError(`Unterminated quoted name in ${text}.`);
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            v += '"';
            j += 2;
            continue;
          }
          break;
        }
        v += s[j];
        j++;
      }
      parts.push(v);
      i = j + 1;
    } else {
      let j = i;
      while (j < s.length && s[j] !== '.') j++;
      const raw = s.slice(i, j).trim();
      if (!raw) throw new PlanError(`"${text}" is not a valid table name.`);
      parts.push(raw.toLowerCase());
      i = j;
    }
    if (i < s.length) {
      if (s[i] !== '.') throw new PlanError(`"${text}" is not a valid table name.`);
      i++;
    }
  }
  if (parts.length === 1) return { name: parts[0]! };
  if (parts.length === 2) return { schema: parts[0]!, name: parts[1]! };
  throw new PlanError(`"${text}" is not a table name (use table or schema.table).`);
}

export type TableRef = string | { readonly schema: string; readonly name: string };

/** The oid, schema and name of a relation, following search_path for unqualified names. */
export async function resolveRelation(q: Queryable, ref: TableRef): Promise<{ oid: number; schema: string; name: string; relkind: string; isPartition: boolean }> {
  const parsed = typeof ref === 'string' ? parseQualifiedName(ref) : ref;
  const shown = typeof ref === 'string' ? ref : `${ref.schema}.${ref.name}`;
  const { rows } = parsed.schema !== undefined
    ? await q.query<{ oid: number; nspname: string; relname: string; relkind: string; relispartition: boolean }>(
        `SELECT c.oid::int AS oid, n.nspname, c.relname, c.relkind::text AS relkind, c.relispartition
           FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = $1 AND c.relname = $2`,
        [parsed.schema, parsed.name],
      )
    : await q.query<{ oid: number; nspname: string; relname: string; relkind: string; relispartition: boolean }>(
        `SELECT c.oid::int AS oid, n.nspname, c.relname, c.relkind::text AS relkind, c.relispartition
           FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
           JOIN LATERAL pg_catalog.unnest(pg_catalog.current_schemas(true)) WITH ORDINALITY AS sp(nsp, ord) ON sp.nsp = n.nspname
          WHERE c.relname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
          ORDER BY sp.ord LIMIT 1`,
        [parsed.name],
      );
  const r = rows[0];
  if (!r) throw new PlanError(`Table ${shown} was not found (or you may not see it).`);
  return { oid: r.oid, schema: r.nspname, name: r.relname, relkind: r.relkind, isPartition: r.relispartition };
}

/** Loads a partitioned table's facts; a clear error when the name is not a partitioned table. */
export async function loadTarget(q: Queryable, ref: TableRef): Promise<TargetTable> {
  const rel = await resolveRelation(q, ref);
  if (rel.relkind !== 'p') throw new PlanError(`${rel.schema}.${rel.name} is not a partitioned table.`);
  const [ver, keyRows, colRows, partRows] = [
    await q.query<{ v: string }>("SELECT pg_catalog.current_setting('server_version_num') AS v"),
    await q.query<{ strategy: string; attname: string | null; type: string; expr: string | null }>(
      `SELECT pt.partstrat::text AS strategy, a.attname, pg_catalog.format_type(k.typ, NULL) AS type, NULL::text AS expr
         FROM pg_catalog.pg_partitioned_table pt
         CROSS JOIN LATERAL pg_catalog.unnest(pt.partattrs::int2[]) WITH ORDINALITY AS u(attnum, ord)
         LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = pt.partrelid AND a.attnum = u.attnum
         CROSS JOIN LATERAL (SELECT a.atttypid AS typ) k
        WHERE pt.partrelid = $1
        ORDER BY u.ord`,
      [rel.oid],
    ),
    await q.query<{ attname: string; generated: string }>(
      `SELECT a.attname, a.attgenerated::text AS generated FROM pg_catalog.pg_attribute a
        WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
      [rel.oid],
    ),
    await q.query<{ nspname: string; relname: string; bound: string; pending: boolean; relkind: string }>(
      `SELECT n.nspname, c.relname, pg_catalog.pg_get_expr(c.relpartbound, c.oid) AS bound, i.inhdetachpending AS pending, c.relkind::text AS relkind
         FROM pg_catalog.pg_inherits i
         JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE i.inhparent = $1
        ORDER BY c.relname`,
      [rel.oid],
    ).catch(async (e: unknown) => {
      // inhdetachpending exists from PostgreSQL 14 on.
      if (!/inhdetachpending/.test(String((e as Error).message))) throw e;
      return q.query<{ nspname: string; relname: string; bound: string; pending: boolean; relkind: string }>(
        `SELECT n.nspname, c.relname, pg_catalog.pg_get_expr(c.relpartbound, c.oid) AS bound, false AS pending, c.relkind::text AS relkind
           FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
           JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE i.inhparent = $1 ORDER BY c.relname`,
        [rel.oid],
      );
    }),
  ];
  const strategyCode = keyRows.rows[0]?.strategy;
  const strategy: Strategy = strategyCode === 'r' ? 'range' : strategyCode === 'l' ? 'list' : 'hash';
  let exprIndex = 0;
  const exprs = keyRows.rows.some((r) => r.attname === null)
    ? (await q.query<{ e: string }>(
        `SELECT pg_catalog.pg_get_partkeydef($1) AS e`,
        [rel.oid],
      )).rows[0]?.e
    : undefined;
  const key: KeyColumn[] = keyRows.rows.map((r) => {
    if (r.attname !== null) return { column: r.attname, type: r.type, temporal: temporalTypeOf(r.type) };
    exprIndex++;
    return { expression: `${exprs ?? 'expression'} #${exprIndex}`, type: 'unknown' };
  });
  const partitions: TargetPartition[] = partRows.rows.map((r) => ({
    schema: r.nspname,
    name: r.relname,
    boundText: r.bound,
    bound: parseBound(r.bound),
    detachPending: r.pending,
    isPartitioned: r.relkind === 'p',
  }));
  return {
    oid: rel.oid,
    schema: rel.schema,
    name: rel.name,
    strategy,
    key,
    insertColumns: colRows.rows.filter((c) => c.generated === '').map((c) => c.attname),
    partitions,
    defaultPartition: partitions.find((p) => p.bound.kind === 'default'),
    serverVersionNum: Number(ver.rows[0]?.v ?? 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Bounds as PostgreSQL prints them

/** Parses `pg_get_expr(relpartbound)` output. Unknown shapes become `{kind: 'unknown'}`. */
export function parseBound(text: string): Bound {
  const t = text.trim();
  if (t === 'DEFAULT') return { kind: 'default' };
  let m = /^FOR VALUES FROM \((.*)\) TO \((.*)\)$/s.exec(t);
  if (m) {
    const from = parseDatumList(m[1]!);
    const to = parseDatumList(m[2]!);
    if (from && to) return { kind: 'range', from, to };
    // The split between FROM and TO may fall inside a quoted value: try the scanner.
    const both = splitRange(t);
    if (both) return { kind: 'range', from: both[0], to: both[1] };
    return { kind: 'unknown' };
  }
  m = /^FOR VALUES IN \((.*)\)$/s.exec(t);
  if (m) {
    const values = parseDatumList(m[1]!);
    return values ? { kind: 'list', values } : { kind: 'unknown' };
  }
  m = /^FOR VALUES WITH \(modulus (\d+), remainder (\d+)\)$/.exec(t);
  if (m) return { kind: 'hash', modulus: Number(m[1]), remainder: Number(m[2]) };
  return { kind: 'unknown' };
}

function splitRange(t: string): [Datum[], Datum[]] | undefined {
  const body = t.slice('FOR VALUES FROM ('.length);
  let inQ = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "'") inQ = !inQ;
    else if (!inQ && body.startsWith(') TO (', i)) {
      const from = parseDatumList(body.slice(0, i));
      const to = parseDatumList(body.slice(i + ') TO ('.length, -1));
      return from && to ? [from, to] : undefined;
    }
  }
  return undefined;
}

/** Parses `'a', NULL, 10, MINVALUE` into datums; undefined when the text is not such a list. */
export function parseDatumList(text: string): Datum[] | undefined {
  const out: Datum[] = [];
  let i = 0;
  const s = text;
  const skipWs = (): void => {
    while (i < s.length && /\s/.test(s[i]!)) i++;
  };
  for (;;) {
    skipWs();
    if (i >= s.length) return out.length ? out : undefined;
    if (s[i] === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= s.length) return undefined;
        if (s[i] === "'") {
          if (s[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += s[i];
        i++;
      }
      // A cast such as '…'::type may follow for some types.
      const cast = /^::[\w\s."[\]]+?(?=\s*(,|$))/.exec(s.slice(i));
      if (cast) i += cast[0].length;
      out.push({ kind: 'value', text: v });
    } else {
      let j = i;
      while (j < s.length && s[j] !== ',') j++;
      const w = s.slice(i, j).trim();
      i = j;
      if (/^MINVALUE$/i.test(w)) out.push({ kind: 'minvalue' });
      else if (/^MAXVALUE$/i.test(w)) out.push({ kind: 'maxvalue' });
      else if (/^NULL$/i.test(w)) out.push({ kind: 'null' });
      else if (w) out.push({ kind: 'value', text: w.replace(/::[\w\s."]+$/, '') });
      else return undefined;
    }
    skipWs();
    if (i >= s.length) return out;
    if (s[i] !== ',') return undefined;
    i++;
  }
}

// ---------------------------------------------------------------------------------------------
// Comparing bound values in JavaScript, for the key types where that is exact

type Comparable = number | bigint | string;

/**
 * A comparison function for datums of a key type, or undefined when only PostgreSQL can
 * compare them reliably (collations, custom types): the plan then leaves the check to it.
 */
export function comparatorFor(key: KeyColumn): ((a: string, b: string) => number) | undefined {
  const conv = converterFor(key);
  if (!conv) return undefined;
  return (a, b) => {
    const x = conv(a);
    const y = conv(b);
    if (x === undefined || y === undefined) return Number.NaN;
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

function converterFor(key: KeyColumn): ((s: string) => Comparable | undefined) | undefined {
  if (key.temporal) return (s) => parseTemporal(s)?.getTime();
  const t = key.type.toLowerCase();
  if (t === 'smallint' || t === 'integer' || t === 'bigint') {
    return (s) => (/^\s*[+-]?\d+\s*$/.test(s) ? BigInt(s.trim()) : undefined);
  }
  if (t.startsWith('numeric') || t === 'real' || t === 'double precision') {
    return (s) => {
      const n = Number(s);
      return Number.isFinite(n) ? n : undefined;
    };
  }
  return undefined;
}

/** Normalises a list value for equality checks (numbers by value, other types by text). */
export function listKey(key: KeyColumn, d: Datum): string {
  if (d.kind === 'null') return '\u0000NULL';
  if (d.kind !== 'value') return `\u0000${d.kind}`;
  const conv = converterFor(key);
  const v = conv?.(d.text);
  return v === undefined ? `t:${d.text}` : `v:${String(v)}`;
}

/**
 * Compares two range bounds (tuples) the way PostgreSQL does: MINVALUE below every value,
 * MAXVALUE above; lexicographic over key columns. NaN when some value cannot be compared.
 */
export function compareRangeTuples(key: readonly KeyColumn[], a: readonly Datum[], b: readonly Datum[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y) return Number.NaN;
    const rank = (d: Datum): number => (d.kind === 'minvalue' ? -1 : d.kind === 'maxvalue' ? 1 : 0);
    if (rank(x) !== rank(y)) return rank(x) - rank(y);
    // Both MINVALUE or both MAXVALUE: PostgreSQL treats later columns as equal too.
    if (x.kind !== 'value' || y.kind !== 'value') return 0;
    const k = key[i];
    const cmp = k ? comparatorFor(k) : undefined;
    if (!cmp) return Number.NaN;
    const c = cmp(x.text, y.text);
    if (c !== 0) return c;
  }
  return 0;
}
