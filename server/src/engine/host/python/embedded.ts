/**
 * SQL embedded in Python: `cursor.execute("…")`, `executemany`, `exec_driver_sql`, `text("…")`,
 * `RawSQL("…")`, `Model.objects.raw("…")`, Django `migrations.RunSQL(sql, reverse_sql)` and
 * Alembic `op.execute("…")`. A string held in a local (or module-level) variable is followed to
 * its assignment.
 */
import type { EmbeddedSql } from '../types';
import { callArgs, field, lastName, named, type PyNode, type PyTree, resolveVariable, type ScopeIndex, textOf, unparen, walk } from './ast';
import { decodeSqlExpr, type TableOf } from './sql-compose';
import { scopesOf } from './summaries';
import { decodeStringExpr, type DecodedString, offsetMapper } from './strings';

export interface PyFragment extends EmbeddedSql {
  /** Source range of the string literal (for de-duplication). */
  readonly sourceStart: number;
  /** True for f-strings and `RawSQL` expressions: parse errors are not reported. */
  readonly quietErrors: boolean;
  /** Start of the call that passes the SQL (attributes the result to a statement). */
  readonly at: number;
  /** Where findings are reported instead of inside the string: the name of a `text()` held in a variable, where it is executed. */
  readonly place?: { readonly start: number; readonly end: number };
  /** The string is written in another module (imported): offsets of `mapOffset` are that file's. */
  readonly foreign?: boolean;
}

/** A module-level string constant an imported name stands for, in its own tree. */
export type ImportedConstant = (name: string) => { readonly tree: PyTree; readonly node: PyNode } | undefined;

const EXECUTE = new Set(['execute', 'executemany', 'exec_driver_sql', 'executescript', 'fetch', 'fetchrow', 'fetchval']);
const SQL_START = /^\s*(?:(?:--[^\n]*\n|\/\*[\s\S]*?\*\/)\s*)*\(?\s*(SELECT|WITH|INSERT|UPDATE|DELETE|MERGE|CREATE|ALTER|DROP|TRUNCATE|COPY|EXPLAIN|VALUES|SET|BEGIN|COMMIT|ROLLBACK|DO|GRANT|REVOKE|ANALYZE|VACUUM|REFRESH|LOCK|CALL|COMMENT|REINDEX|CLUSTER|TABLE)\b/i;

export function looksLikeSql(s: string): boolean {
  return SQL_START.test(s);
}

function isMigrationFile(file: string | undefined): boolean {
  return !!file && /(^|[\\/])(migrations|versions|alembic)[\\/]/.test(file);
}

export function pythonFragments(t: PyTree, scopes: ScopeIndex, file: string | undefined, imported?: ImportedConstant, tableOf?: TableOf): PyFragment[] {
  const out: PyFragment[] = [];
  const seen = new Set<number>();
  const migration = isMigrationFile(file);
  let at = 0;
  let place: { start: number; end: number } | undefined;
  // `DAILY = text("SELECT …")` executed elsewhere by name (`session.execute(DAILY, …)`): judged where it runs.
  const executedTexts = new Set<PyNode>();
  walk(t.root, (n) => {
    const f = n.type === 'call' ? field(n, 'function') : undefined;
    if (f?.type !== 'attribute' || !EXECUTE.has(textOf(t, field(f, 'attribute')!))) return;
    const a = unparen(callArgs(t, n).positional[0]);
    const v = a?.type === 'identifier' ? unparen(resolveVariable(t, a, scopes)) : undefined;
    if (v?.type === 'call' && isText(t, v)) executedTexts.add(v);
  });
  const add = (node: PyNode | undefined, ddl: boolean, opts: { requireSql: boolean; wrapExpr?: boolean; executed?: boolean }): void => {
    let n = unparen(node);
    if (!n) return;
    if (n.type === 'attribute' && opts.executed && unparen(field(n, 'object'))?.type === 'identifier') {
      // `cursor.execute(queries.COUNT_SQL, …)`: the constant read through its module.
      const c = imported?.(textOf(t, n));
      const d = c ? decodeSqlExpr(c.tree, c.node, { tableOf, scopes: scopesOf(c.tree) }) : undefined;
      if (d && looksLikeSql(d.text)) out.push({ ...fragment(d, c!.node.start, false, true), at, place: { start: n.start, end: n.end }, foreign: true });
      if (c) return;
    }
    if (n.type === 'identifier') {
      const use = n;
      n = unparen(resolveVariable(t, n, scopes) ?? undefined);
      if (!n && opts.executed) {
        // `cursor.execute(COUNT_SQL, …)` with the constant imported from a queries module.
        const c = imported?.(textOf(t, use));
        const d = c ? decodeSqlExpr(c.tree, c.node, { tableOf, scopes: scopesOf(c.tree) }) : undefined;
        if (d && looksLikeSql(d.text)) out.push({ ...fragment(d, c!.node.start, false, true), at, place: { start: use.start, end: use.end }, foreign: true });
        return;
      }
      if (!n) return;
      // A SQL string or `text()` held in a variable is reported where it is executed.
      if (opts.executed) place = { start: use.start, end: use.end };
      if (n.type === 'call' && executedTexts.has(n)) {
        n = unparen(callArgs(t, n).positional[0]);
        if (n?.type === 'identifier') n = unparen(resolveVariable(t, n, scopes) ?? undefined);
        if (!n) return;
      }
    }
    if (n.type === 'list' || n.type === 'tuple') {
      // RunSQL([...]) and RunSQL([("sql", [params]), ...]).
      for (const item of named(n)) {
        const u = unparen(item);
        add(u?.type === 'tuple' ? named(u)[0] : u, ddl, opts);
      }
      return;
    }
    const d = opts.executed ? decodeSqlExpr(t, n, { tableOf, scopes }) : decodeStringExpr(t, n);
    const p = place;
    place = undefined;
    if (!d || (!p && seen.has(n.start))) return;
    if (opts.requireSql && !opts.wrapExpr && !looksLikeSql(d.text)) return;
    seen.add(n.start);
    out.push({ ...(opts.wrapExpr ? wrapExpression(d, n.start, ddl) : fragment(d, n.start, ddl, d.interpolated)), at, ...(p ? { place: p } : {}) });
  };
  walk(t.root, (n) => {
    if (n.type !== 'call') return;
    at = n.start;
    const fn = field(n, 'function');
    if (!fn) return;
    const args = callArgs(t, n);
    const name = lastName(t, fn);
    if (!name) return;
    const receiver = fn.type === 'attribute' ? textOf(t, field(fn, 'object')!) : '';
    if (fn.type === 'attribute' && EXECUTE.has(name)) {
      const first = unparen(args.positional[0] ?? args.keywords.get('sql') ?? args.keywords.get('statement') ?? args.keywords.get('query'));
      // A call composes the statement only with psycopg's `sql` module (`SQL("…").format(Identifier("leads"))`).
      if (first?.type === 'call' && !decodeSqlExpr(t, first, { tableOf, scopes })) return;
      const ddl = receiver === 'op' || receiver === 'schema_editor' || migration;
      add(first, ddl, { requireSql: !['op', 'schema_editor'].includes(receiver), executed: !ddl });
    } else if (isText(t, n) && !executedTexts.has(n)) {
      // `text()` also holds clause fragments (`order_by(text("x DESC"))`): only statements are checked.
      add(args.positional[0], migration, { requireSql: true });
    } else if (name === 'RawSQL') {
      add(args.positional[0] ?? args.keywords.get('sql'), false, { requireSql: false, wrapExpr: true });
    } else if (name === 'raw' && fn.type === 'attribute') {
      add(args.positional[0] ?? args.keywords.get('raw_query'), false, { requireSql: true });
    } else if (name === 'RunSQL') {
      add(args.positional[0] ?? args.keywords.get('sql'), true, { requireSql: false });
      add(args.positional[1] ?? args.keywords.get('reverse_sql'), false, { requireSql: false });
    }
  });
  return out;
}

/** `text("…")` / `sa.text("…")`. */
function isText(t: PyTree, call: PyNode): boolean {
  const fn = field(call, 'function');
  const receiver = fn?.type === 'attribute' ? textOf(t, field(fn, 'object')!) : '';
  return lastName(t, fn) === 'text' && (fn?.type === 'identifier' || /^(sa|sqlalchemy|sql|db)$/.test(receiver));
}

function fragment(d: DecodedString, sourceStart: number, ddl: boolean, quietErrors: boolean): Omit<PyFragment, 'at'> {
  return { text: d.text, mapOffset: offsetMapper(d), ddl, sourceStart, quietErrors };
}

/** `RawSQL("expr")` is an expression: checked as `SELECT (expr)` so subqueries inside it are analysed. */
function wrapExpression(d: DecodedString, sourceStart: number, ddl: boolean): Omit<PyFragment, 'at'> {
  const prefix = 'SELECT (';
  const inner = offsetMapper(d);
  return {
    text: `${prefix}${d.text})`,
    mapOffset: (o) => inner(Math.max(0, Math.min(o - prefix.length, d.text.length))),
    ddl,
    sourceStart,
    quietErrors: true,
  };
}
