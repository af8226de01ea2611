/**
 * Shared pieces of the ORM → SQL translation: the query record each translator produces,
 * identifier quoting, bind-parameter numbering and the "cannot see this query" signal.
 */
import { moveModel, type Join, type JoinKind, type Pred, type QueryModel, type QueryRun, type Span } from '../../query/model';
import { SqlText } from '../../query/sqltext';
import { ormTable } from '../../query/render';
import { field, kids, text, unwrap, type N } from './ast';
import { truthOf } from './values';
import { returnedToRunner } from './callback-runners';
import { heldForLater } from './held-builders';
import { plainModuleStatic } from './sequelize-plain-modules';

/**
 * One ORM query as a translator sees it: the shared query model (main table with the range where
 * its findings go, joins with their own ranges, conditions as the SQL text the ORM sends), plus
 * the host's quick-fix data and further statements the same call sends. Rendering, judging and
 * mapping findings back are engine/query's.
 */
export interface OrmQuery {
  readonly model: QueryModel;
  /** The same query on other paths (Kysely `$if`): engine/query reports what any path lacks. */
  readonly alternatives?: readonly QueryModel[];
  /** Host-specific data for quick fixes (see fixes.ts). */
  readonly fix: Readonly<Record<string, string | number>>;
  /** Further statements the same call sends (Objection `withGraphFetched`, Prisma nested reads). */
  readonly also?: readonly OrmQuery[];
}

export type Framework = OrmQuery['model']['framework'];

/** A table as a translator names it, and where it is named in the code. */
export interface TableAt {
  readonly table: string;
  readonly schema?: string;
  readonly alias?: string;
  readonly at: Span;
}

/** A condition written by a translator as SQL text; a finding inside it maps to `at`. */
export function rawPred(sql: string, at: Span): Pred {
  return { k: 'raw', sql: new SqlText(at).synth(sql) };
}

const JOIN_KINDS: Record<string, JoinKind> = {
  'INNER JOIN': 'INNER',
  'LEFT JOIN': 'LEFT OUTER',
  'LEFT OUTER JOIN': 'LEFT OUTER',
  'RIGHT JOIN': 'RIGHT OUTER',
  'FULL JOIN': 'FULL OUTER',
  'CROSS JOIN': 'CROSS',
};

/** A join (`INNER JOIN`, `LEFT JOIN`, …) of a table named at `t.at`, with its ON condition as SQL text. */
export function tableJoin(kind: string, t: TableAt, on: string | null): Join {
  return {
    k: 'table',
    kind: JOIN_KINDS[kind] ?? 'INNER',
    table: { name: t.table, ...(t.schema !== undefined ? { schema: t.schema } : {}) },
    ...(t.alias ? { alias: t.alias } : {}),
    at: t.at,
    on: on === null ? [] : [rawPred(on, t.at)],
  };
}

/** The query model of a SELECT on `t` with the translator's WHERE text and joins. */
export function ormQuery(framework: Framework, t: TableAt, where: string | null, fix: Readonly<Record<string, string | number>>, joins: readonly Join[] = [], also?: readonly OrmQuery[]): OrmQuery {
  const model: QueryModel = {
    framework,
    from: { table: { name: t.table, ...(t.schema !== undefined ? { schema: t.schema } : {}) }, ...(t.alias ? { alias: t.alias } : {}), at: t.at },
    joins,
    where: where === null ? [] : [rawPred(where, t.at)],
  };
  return { model, fix, ...(also?.length ? { also } : {}) };
}


/** A translated query as it runs here: one alternative, a SELECT, its quick-fix data (default: the translator's). */
export function toRun(q: OrmQuery, fix: Readonly<Record<string, string | number>> = q.fix): QueryRun {
  return { alternatives: [q.model, ...(q.alternatives ?? [])], shape: { k: 'select' }, state: 'executed', fix: { host: fix }, ...(q.also?.length ? { also: q.also.map((a) => toRun(a)) } : {}) };
}

/** A translated query moved by `f`, with its further statements. */
export function moveQuery(q: OrmQuery, f: (s: Span) => Span): OrmQuery {
  return {
    ...q,
    model: moveModel(q.model, f),
    ...(q.alternatives ? { alternatives: q.alternatives.map((m) => moveModel(m, f)) } : {}),
    ...(q.also ? { also: q.also.map((a) => moveQuery(a, f)) } : {}),
  };
}

/**
 * A builder used as a value (a subquery, a CTE) that is built elsewhere (`const ids = db.select(…)`
 * before the query, a helper): its findings go where it is used (`use`), which is where the query
 * runs, as for the main query built in a local variable.
 */
export function atUse(q: OrmQuery | undefined, built: N, use: N): OrmQuery | undefined {
  if (!q || (built.src === use.src && built.start >= use.start && built.end <= use.end)) return q;
  return moveQuery(q, () => ({ start: use.start, end: use.end }));
}

/** A translation that may fail as not visible: undefined then. */
export function attempt<T>(f: () => T | undefined): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof Dynamic) return undefined;
    throw e;
  }
}

/**
 * What a skipped query lacks, when the cross-function pass may supply it: `unseen`, an argument,
 * options or where object not written inline (a helper or another file may build it); `escapes`,
 * a builder that leaves the statement (a caller may run it).
 */
export type Missing = 'unseen' | 'escapes';

/**
 * Thrown by a translator when part of a query is built in a way we cannot see: report nothing.
 * It is control flow, caught by the translators, and thrown often: V8 records a stack trace for
 * every Error made, which was 3 % of the CPU of a 10,000-file TypeScript scan (December 2026), so
 * none is recorded (the message is what a caller may show).
 */
export class Dynamic extends Error {
  readonly missing?: Missing;

  constructor(why: string, missing?: Missing) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(why);
    } finally {
      Error.stackTraceLimit = limit;
    }
    if (missing !== undefined) this.missing = missing;
  }
}

/** Always-quoted identifier, exactly as the ORMs send them (the query model's one ORM quoting). */
export { ormIdent as qi } from '../../query/render';

export function qualified(schema: string | undefined, table: string): string {
  return ormTable(schema === undefined ? { name: table } : { schema, name: table });
}

/** Bind-parameter numbering for one synthesized statement. */
export class Params {
  private n = 0;
  /** Recognises a builder used as a value (`whereIn('lead_id', db('leads').select('id'))`). */
  sub?: (n: N) => OrmQuery | undefined;
  /** Subqueries met so far: each is judged as a statement of its own (they are not correlated). */
  readonly subs: OrmQuery[] = [];
  next(): string {
    return `$${++this.n}`;
  }
  /** `($1, $2, …)` for an array literal with that many elements, `($n)` otherwise. */
  list(value: N | undefined): string {
    const u = unwrap(value);
    // A builder, or a `const` holding one (`inArray(col, ids)`), is a subquery the translator reads.
    if ((u?.type === 'call_expression' || u?.type === 'identifier') && this.sub) {
      const q = this.sub(u);
      if (q) this.subs.push(q);
    }
    if (u?.type === 'array') {
      const items = kids(u);
      if (items.some((i) => i.type === 'spread_element')) return `(${this.next()})`;
      if (items.length === 0) return '(NULL)';
      return `(${items.map(() => this.next()).join(', ')})`;
    }
    return `(${this.next()})`;
  }
}

export function isNullLiteral(n: N | undefined): boolean {
  return unwrap(n)?.type === 'null';
}

export function isUndefined(n: N | undefined): boolean {
  const u = unwrap(n);
  return u?.type === 'undefined' || (u?.type === 'identifier' && text(u) === 'undefined');
}

/**
 * A filter value written `c ? x : undefined` (the ORM leaves an undefined filter out): null when a
 * branch is undefined (the path without the filter runs), else the branch that stands for both
 * (the same kind of value on each side); Dynamic when the branches filter differently.
 */
export function ternaryValue(v: N): N | null {
  // A condition the caller's values decide: the branch that runs.
  const known = truthOf(field(v, 'condition'));
  const a = unwrap(field(v, 'consequence'));
  const b = unwrap(field(v, 'alternative'));
  if (known !== undefined) {
    const x = known ? a : b;
    if (!x) throw new Dynamic('conditional value');
    return isUndefined(x) ? null : x;
  }
  if (!a || !b) throw new Dynamic('conditional value');
  if (isUndefined(a) || isUndefined(b)) return null;
  const shape = (x: N): string => (x.type === 'object' ? kids(x).map((k) => text(field(k, 'key') ?? k)).sort().join(',') : x.type === 'null' ? 'null' : 'value');
  if (shape(a) !== shape(b)) throw new Dynamic('conditional value');
  return a;
}

export function joinAnd(parts: (string | null)[]): string | null {
  const ps = parts.filter((p): p is string => p !== null);
  if (ps.length === 0) return null;
  return ps.length === 1 ? ps[0]! : ps.map((p) => `(${p})`).join(' AND ');
}

/** OR of conditions; any unconstrained branch makes the whole OR unconstrained. */
export function joinOr(parts: (string | null)[]): string | null {
  if (parts.length === 0) return null;
  if (parts.some((p) => p === null)) return 'TRUE';
  return parts.length === 1 ? parts[0]! : parts.map((p) => `(${p})`).join(' OR ');
}

/**
 * Chain tops whose builder is known to run although nothing here runs it: a builder that leaves
 * the code we can see (returned from a function no visible code calls) is judged where it is built.
 */
export const assumeExecuted = new WeakSet<N>();

/** The node that uses a chain's value, past parentheses, `as` casts and `!`, and the child it holds it by. */
function useOf(top: N): { p: N | null; child: N } {
  let p = top.parent;
  let child = top;
  while (p && (p.type === 'parenthesized_expression' || p.type === 'as_expression' || p.type === 'non_null_expression')) {
    child = p;
    p = p.parent;
  }
  return { p, child };
}


/** Whether a chain is an argument of a call other than `Promise.all(…)` and its kin (which run what they are given). */
function handedOver(top: N): boolean {
  const { p } = useOf(top);
  const call = p?.type === 'arguments' ? p.parent : undefined;
  const fn = call?.type === 'call_expression' ? field(call, 'function') : undefined;
  return !!fn && !/^Promise\.(all|allSettled|race|any|resolve)$/.test(text(fn));
}

/** Whether the query a chain builds is executed here (awaited, returned from an async function, terminal method). */
export function executedHere(top: N, terminal: ReadonlySet<string>, chainNames: readonly string[]): boolean {
  if (assumeExecuted.has(top)) return true;
  // A builder stored or refined for a later statement runs there, whatever its "terminal" methods.
  if (heldForLater(top)) return false;
  // A builder handed to a function (`applyFilters(Lead.query().delete(), since)`) runs where that function's result does.
  if (handedOver(top)) return false;
  if (chainNames.some((n) => terminal.has(n))) return true;
  if (awaitedGeneric(top)) return true;
  const { p, child } = useOf(top);
  if (!p) return false;
  if (p.type === 'await_expression' || p.type === 'yield_expression') return true;
  if (p.type === 'return_statement' || (p.type === 'arrow_function' && child.field === 'body')) return inAsyncFunction(p) || mappedIntoPromiseAll(p) || returnedToRunner(p);
  if (p.type === 'array' && p.parent?.type === 'arguments') {
    const call = p.parent.parent;
    const fn = call ? field(call, 'function') : undefined;
    if (fn && /^Promise\.(all|allSettled|race|any)$/.test(text(fn))) return true;
  }
  return false;
}

/**
 * `await this.db<Row>(TABLE).where(…)`: the grammar reads a call with type arguments as calling
 * `(await this.db)`, so the `await` sits at the chain's root instead of above it.
 */
function awaitedGeneric(top: N): boolean {
  for (let x: N | undefined = top; x; ) {
    if (x.type === 'call_expression') {
      const fn = field(x, 'function');
      if (fn?.type === 'await_expression' && x.children.some((c) => c.type === 'type_arguments')) return true;
      x = fn;
    } else if (x.type === 'member_expression') x = field(x, 'object');
    else return false;
  }
  return false;
}

/**
 * Whether a chain is returned from a function that is not async (`return db('leads')….first()`):
 * a lazy builder's "terminal" methods (knex `first`/`del`, Objection `findById`, Drizzle
 * `findMany`) only shape it, so it runs where a caller awaits it, and is judged there.
 */
export function returnedUnrun(top: N): boolean {
  if (assumeExecuted.has(top)) return false;
  const { p, child } = useOf(top);
  if (!p) return false;
  return (p.type === 'return_statement' || (p.type === 'arrow_function' && child.field === 'body')) && !inAsyncFunction(p) && !mappedIntoPromiseAll(p) && !returnedToRunner(p);
}

/**
 * Whether `n` is in a callback mapped over a list whose promises `Promise.all` awaits
 * (`await Promise.all(rows.map((r) => db.update(t).set(…).where(…)))`): each returned builder runs.
 */
function mappedIntoPromiseAll(n: N): boolean {
  let fn: N | null = n;
  while (fn && !['function_expression', 'arrow_function', 'function_declaration', 'method_definition', 'generator_function_declaration'].includes(fn.type)) fn = fn.parent;
  const args = fn?.parent;
  const map = args?.type === 'arguments' ? args.parent : undefined;
  const callee = map?.type === 'call_expression' ? field(map, 'function') : undefined;
  if (!map || callee?.type !== 'member_expression' || !/^(map|flatMap)$/.test(text(field(callee, 'property') ?? callee))) return false;
  let up = map.parent;
  while (up && (up.type === 'parenthesized_expression' || up.type === 'as_expression' || up.type === 'non_null_expression')) up = up.parent;
  const all = up?.type === 'arguments' ? up.parent : undefined;
  const f = all?.type === 'call_expression' ? field(all, 'function') : undefined;
  return !!f && /^Promise\.(all|allSettled)$/.test(text(f));
}

function inAsyncFunction(n: N): boolean {
  for (let p: N | null = n; p; p = p.parent) {
    if (['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration'].includes(p.type)) {
      const body = field(p, 'body');
      const head = p.src.slice(p.start, body ? body.start : p.end);
      return /\basync\b/.test(head);
    }
  }
  return false;
}

/** The class whose static method `this` (at `at`) is in (`static findOfUser() { return this.find(…) }`); undefined elsewhere. */
export function staticSelf(at: N): string | undefined {
  for (let p = at.parent; p; p = p.parent) {
    if (p.type === 'arrow_function') continue;
    if (p.type === 'function_expression' || p.type === 'function_declaration' || p.type === 'function') return plainModuleStatic(p);
    if (p.type === 'method_definition') {
      if (!/^static\b/.test(text(p))) return plainModuleStatic(p);
      const cls = p.parent?.parent;
      const name = cls && (cls.type === 'class_declaration' || cls.type === 'abstract_class_declaration') ? field(cls, 'name') : undefined;
      return name ? text(name) : undefined;
    }
  }
  return undefined;
}
