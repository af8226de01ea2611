/**
 * Parameter values for auditing a `$n` statement the way a real execution would see it. A
 * parameter compared with a column takes a value from that column's statistics (`pg_stats`,
 * the parent's inherited statistics or else a leaf's): a recent value for `col >= $n`, an older
 * one for `col < $n`, the most common or the median value for `=`. Other parameters take a
 * neutral value of their type. NULL is used only when nothing better is known, because a NULL
 * compared with the key prunes every partition and would hide a real full scan.
 */
import type { DbSession } from './connection';
import type { AstNode } from '../engine/sql/parse';
import { walkAst } from '../engine/sql/walk';
import { quoteIdent, quoteLiteral } from './quote';

/** Where in a column's distribution a parameter's value is taken (0 = oldest, 1 = newest). */
type Pick = { readonly column: string; readonly qualifier?: string; readonly at: number; readonly array: boolean };

const AT: Record<string, number> = { '=': 0.5, '>=': 0.75, '>': 0.75, '<': 0.9, '<=': 0.9 };
const FLIP: Record<string, string> = { '>=': '<=', '>': '<', '<': '>', '<=': '>=', '=': '=' };

function paramOf(n: AstNode): number | undefined {
  if (n?.ParamRef) return n.ParamRef.number;
  if (n?.TypeCast) return paramOf(n.TypeCast.arg);
  return undefined;
}

function columnOf(n: AstNode): { column: string; qualifier?: string } | undefined {
  const c = n?.ColumnRef ?? n?.TypeCast?.arg?.ColumnRef;
  if (!c) return undefined;
  const names = (c.fields ?? []).map((f: AstNode) => f?.String?.sval).filter((x: unknown) => typeof x === 'string');
  if (!names.length) return undefined;
  return names.length === 1 ? { column: names[0] } : { column: names[names.length - 1], qualifier: names[names.length - 2] };
}

/** What each parameter is compared with. */
export function parameterPicks(ast: AstNode): Map<number, Pick> {
  const picks = new Map<number, Pick>();
  const set = (p: number | undefined, col: { column: string; qualifier?: string } | undefined, at: number, array = false): void => {
    if (p !== undefined && col && !picks.has(p)) picks.set(p, { ...col, at, array });
  };
  walkAst(ast, (k, v) => {
    if (k !== 'A_Expr' || !v) return;
    const op = v.name?.[0]?.String?.sval as string | undefined;
    const kind = v.kind as string;
    const lcol = columnOf(v.lexpr);
    if (kind === 'AEXPR_OP' && op && op in AT) {
      set(paramOf(v.rexpr), lcol, AT[op]!);
      set(paramOf(v.lexpr), columnOf(v.rexpr), AT[FLIP[op]!]!);
    } else if (kind === 'AEXPR_IN') {
      for (const item of v.rexpr?.List?.items ?? []) set(paramOf(item), lcol, 0.5);
    } else if (kind === 'AEXPR_BETWEEN' || kind === 'AEXPR_BETWEEN_SYM') {
      const items = v.rexpr?.List?.items ?? [];
      set(paramOf(items[0]), lcol, 0.4);
      set(paramOf(items[1]), lcol, 0.6);
    } else if (kind === 'AEXPR_OP_ANY' && op === '=') {
      set(paramOf(v.rexpr), lcol, 0.5, true);
    }
  });
  return picks;
}

/** Aliases and names of the statement's relations → the relation name as written. */
function relationAliases(ast: AstNode): Map<string, string> {
  const out = new Map<string, string>();
  walkAst(ast, (k, v) => {
    if (k !== 'RangeVar' || typeof v?.relname !== 'string') return;
    // Written exactly as `audit.ts` names relations for to_regclass.
    const written = v.schemaname ? `${quoteIdent(v.schemaname)}.${quoteIdent(v.relname)}` : quoteIdent(v.relname);
    out.set(v.alias?.aliasname ?? v.relname, written);
    out.set(v.relname, written);
  });
  return out;
}

function neutral(type: string): string | null {
  const t = type.replace(/\[\]$/, '');
  const array = type.endsWith('[]');
  let v: string | null;
  if (/^timestamp/.test(t)) v = new Date().toISOString();
  else if (t === 'date') v = new Date().toISOString().slice(0, 10);
  else if (/^(smallint|integer|bigint|numeric|real|double precision|oid)$/.test(t)) v = '1';
  else if (/^(text|character varying|character|name|citext)$/.test(t)) v = 'x';
  else if (t === 'boolean') v = 'true';
  else if (t === 'uuid') v = '00000000-0000-0000-0000-000000000001';
  else if (t === 'jsonb' || t === 'json') v = '{}';
  else if (t === 'interval') v = '1 day';
  else v = null;
  if (v === null) return null;
  return array ? `{${JSON.stringify(v)}}` : v;
}

/**
 * SQL literals (or `NULL`) for `$1…$n`. `root(relation)` maps a relation as written to its
 * partitioned root, whose statistics describe the data a real execution sees.
 */
export async function chooseValues(
  s: DbSession,
  ast: AstNode,
  types: readonly string[],
  root: (relation: string) => { schema: string; name: string } | undefined,
  cache: Map<string, string | undefined> = new Map(),
): Promise<string[]> {
  const picks = parameterPicks(ast);
  const aliases = relationAliases(ast);
  const out: string[] = [];
  for (let i = 0; i < types.length; i++) {
    const type = types[i] ?? 'unknown';
    const pick = picks.get(i + 1);
    let value: string | null = null;
    if (pick) {
      const candidates = pick.qualifier ? [aliases.get(pick.qualifier)] : [...new Set(aliases.values())];
      for (const rel of candidates) {
        const t = rel ? root(rel) : undefined;
        if (!t) continue;
        const key = JSON.stringify([t.schema, t.name, pick.column, pick.at]);
        if (!cache.has(key)) cache.set(key, await statValue(s, t.schema, t.name, pick.column, pick.at));
        const v = cache.get(key);
        if (v !== undefined) {
          value = pick.array ? `{${JSON.stringify(v)}}` : v;
          break;
        }
      }
    }
    value ??= neutral(type);
    out.push(value === null ? 'NULL' : quoteLiteral(value));
  }
  return out;
}

/** A value at fraction `at` of the column's distribution, from the root's or its leaves' statistics. */
async function statValue(s: DbSession, schema: string, table: string, column: string, at: number): Promise<string | undefined> {
  const { rows } = await s.query<{ hist: string[] | null; mcv: string[] | null }>(
    `WITH RECURSIVE tree(relid) AS (
         SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = $1 AND c.relname = $2
         UNION ALL
         SELECT i.inhrelid FROM tree t JOIN pg_catalog.pg_inherits i ON i.inhparent = t.relid)
     SELECT st.histogram_bounds::text::text[] AS hist, st.most_common_vals::text::text[] AS mcv
       FROM pg_catalog.pg_stats st
      WHERE st.attname = $3
        AND (st.schemaname, st.tablename) IN (
              SELECT n.nspname, c.relname FROM tree t
                JOIN pg_catalog.pg_class c ON c.oid = t.relid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace)
      ORDER BY st.inherited DESC, st.tablename DESC
      LIMIT 1`,
    [schema, table, column],
  );
  const r = rows[0];
  if (!r) return undefined;
  const list = r.hist?.length ? r.hist : r.mcv;
  if (!list?.length) return undefined;
  return list[Math.min(list.length - 1, Math.max(0, Math.floor(at * (list.length - 1))))];
}
