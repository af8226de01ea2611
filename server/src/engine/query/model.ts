/**
 * The one host-independent model of a query an ORM builds. Each host module (Ruby, TypeScript,
 * Python) only translates its syntax into these records; rendering the SQL the ORM sends
 * (`render.ts`), judging it with the shared analysis and turning verdicts into findings with
 * related locations and quick-fix data (`judge.ts`) are shared.
 *
 * Offsets (`Span`) are UTF-16 offsets in the checked document: a query built in another file is
 * mapped onto the place where it enters the checked document, and the other places are kept as
 * provenance (`RelatedLocation`s).
 */
import type { RelatedLocation } from '../finding';
import { SqlText } from './sqltext';
import { sqlTables } from './sql-tables';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TableName {
  readonly schema?: string;
  readonly name: string;
}

/** A column as the ORM qualifies it: by the table's alias when the query gives it one. */
export interface ColumnRef {
  readonly table: TableName;
  readonly alias?: string;
  readonly column: string;
}

export type CmpOp = '=' | '!=' | '>=' | '>' | '<' | '<=' | 'IN' | 'NOT IN' | 'BETWEEN' | 'NOT BETWEEN';

/**
 * A condition. Values are never modelled, only how many bind parameters the ORM sends (`n`), since
 * pruning depends on the operator and the key, and a parameter prunes like a constant of its type.
 * `v` is the host source of the value: two conditions with the same SQL but different values are
 * different conditions (ActiveRecord's `or` factors out only identical ones).
 */
export type Pred =
  | { readonly k: 'cmp'; readonly table: TableName; readonly alias?: string; readonly column: string; readonly op: CmpOp; readonly n: number; readonly v?: string }
  | { readonly k: 'null'; readonly table: TableName; readonly alias?: string; readonly column: string; readonly not: boolean; readonly v?: string }
  /** `a.x = b.y` (join conditions, correlated relations). */
  | { readonly k: 'eqcol'; readonly a: ColumnRef; readonly b: ColumnRef }
  | { readonly k: 'const'; readonly value: boolean }
  /** SQL the user wrote (a string condition) or that a translator produced as text. */
  | { readonly k: 'raw'; readonly sql: SqlText; readonly v?: string; readonly tables?: readonly TableName[] }
  /** `col [NOT] IN (SELECT column FROM …)`: a query used as a value. */
  | { readonly k: 'sub'; readonly table: TableName; readonly alias?: string; readonly column: string; readonly not: boolean; readonly query: QueryModel; readonly select: string }
  /** `[NOT] EXISTS (SELECT 1 FROM … WHERE …)`: relation filters (Prisma `some`/`none`, Django `exclude` across relations). */
  | { readonly k: 'exists'; readonly not: boolean; readonly query: QueryModel }
  | { readonly k: 'and' | 'or'; readonly parts: readonly Pred[] }
  | { readonly k: 'not'; readonly part: Pred };

export type JoinKind = 'INNER' | 'LEFT OUTER' | 'RIGHT OUTER' | 'FULL OUTER' | 'CROSS';

/**
 * A joined table. Every partitioned table of a query is judged, each finding reported at the
 * join's own `at` (the association name, the joined model in the code).
 */
export type Join =
  | { readonly k: 'table'; readonly kind: JoinKind; readonly table: TableName; readonly alias?: string; readonly at: Span; readonly on: readonly Pred[] }
  /** A join as SQL text (a string `joins("…")`, or one a translator renders itself). */
  | { readonly k: 'raw'; readonly table?: TableName; readonly sql: SqlText };

/** What the statement does with the rows: pruning is judged per statement kind. */
export type Shape =
  | { readonly k: 'select'; readonly limit?: boolean }
  | { readonly k: 'count' }
  | { readonly k: 'pluck'; readonly columns: readonly string[] }
  | { readonly k: 'exists' }
  /** `set`: column names (one parameter each) or SQL text; none means a no-op assignment. */
  | { readonly k: 'update'; readonly set: SqlText | readonly string[] | undefined }
  | { readonly k: 'delete' }
  | { readonly k: 'subquery'; readonly column: string };

export type Framework = 'activerecord' | 'django' | 'sqlalchemy' | 'prisma' | 'knex' | 'drizzle' | 'kysely' | 'sequelize' | 'typeorm' | 'objection';

/** A query being built: tables, joins and conditions, with where it came from. */
export interface QueryModel {
  readonly framework: Framework;
  /** The main table; findings on it are reported at `at` (the model or table named in the code). */
  readonly from: { readonly table: TableName; readonly alias?: string; readonly at: Span };
  readonly joins: readonly Join[];
  /** Conditions, ANDed. */
  readonly where: readonly Pred[];
  /** The primary key: ORMs that update or delete through a join select the rows by it. */
  readonly primaryKey?: string;
  /**
   * How an UPDATE/DELETE of a joined query is sent: ActiveRecord and Django move the join into
   * `WHERE pk IN (SELECT pk … JOIN …)` (the default); `'from'` keeps `USING`/`FROM` joins.
   */
  readonly joinedWrites?: 'subquery' | 'from';
  /**
   * Common table expressions (`db.with('acme', builder)`, SQLAlchemy `.cte()`): PostgreSQL inlines
   * a CTE referenced once, so a partitioned table inside one is judged like any other.
   */
  readonly with?: readonly { readonly name: string; readonly query: QueryModel; readonly shape?: Shape & { readonly k: 'select' | 'count' | 'pluck' } }[];
}

/**
 * A query where it runs (or leaves the code we can see): the state the builder is in there, which
 * places explain it, and what a quick fix needs.
 */
export interface QueryRun {
  /**
   * The states the builder can be in when it runs (several when it was refined conditionally): a
   * finding is reported only when every alternative has it.
   */
  readonly alternatives: readonly QueryModel[];
  readonly shape: Shape;
  /**
   * `executed`: runs here (a terminal method, `await`, iteration). `escapes`: handed to code we
   * cannot see (returned from a public method nobody visible calls, given to a view or
   * serializer), so it is judged where it is built.
   */
  readonly state: 'executed' | 'escapes';
  /** Where the builder was created and refined, when that is not where the finding is reported. */
  readonly related?: readonly RelatedLocation[];
  /**
   * Quick-fix data for findings on the main table (the host's `fixes.ts` reads it): `insertAt` is
   * where a key condition can be appended, when the builder is in the checked document.
   */
  readonly fix: { readonly insertAt?: number; readonly host: Readonly<Record<string, string | number>> };
  /** Further statements the same call sends (eager loading, nested reads). */
  readonly also?: readonly QueryRun[];
}

/** Tables named by a condition (a query over no known table is not worth judging). */
export function predTables(p: Pred, out: TableName[]): void {
  switch (p.k) {
    case 'cmp':
    case 'null':
      out.push(p.table);
      return;
    case 'eqcol':
      out.push(p.a.table, p.b.table);
      return;
    case 'raw':
      out.push(...(p.tables ?? sqlTables(p.sql.toString())));
      return;
    case 'sub':
      out.push(p.table);
      queryTables(p.query, out);
      return;
    case 'exists':
      queryTables(p.query, out);
      return;
    case 'and':
    case 'or':
      p.parts.forEach((q) => predTables(q, out));
      return;
    case 'not':
      predTables(p.part, out);
      return;
    case 'const':
      return;
  }
}

/** Every table a query names: FROM, joins, conditions and subqueries. */
export function queryTables(q: QueryModel, out: TableName[] = []): TableName[] {
  out.push(q.from.table);
  for (const j of q.joins) {
    if (j.table) out.push(j.table);
    else if (j.k === 'raw') out.push(...sqlTables(j.sql.toString()));
    if (j.k === 'table') j.on.forEach((p) => predTables(p, out));
  }
  q.where.forEach((p) => predTables(p, out));
  for (const c of q.with ?? []) queryTables(c.query, out);
  return out;
}

export function sameTable(a: TableName, b: TableName): boolean {
  return a.name === b.name && (a.schema ?? 'public') === (b.schema ?? 'public');
}

/**
 * The query with its ranges moved by `f` (a unit checked at another offset, a builder made in
 * another file that is reported where it enters this one). Conditions written as SQL text map
 * onto their table's moved range as a whole; subqueries and CTEs move with the query.
 */
export function moveModel(q: QueryModel, f: (s: Span) => Span): QueryModel {
  const from = f(q.from.at);
  const pred = (p: Pred, at: Span): Pred => {
    switch (p.k) {
      case 'raw':
        return { ...p, sql: new SqlText(at).synth(p.sql.toString(), at) };
      case 'sub':
      case 'exists':
        return { ...p, query: moveModel(p.query, f) };
      case 'and':
      case 'or':
        return { ...p, parts: p.parts.map((x) => pred(x, at)) };
      case 'not':
        return { ...p, part: pred(p.part, at) };
      default:
        return p;
    }
  };
  return {
    ...q,
    from: { ...q.from, at: from },
    joins: q.joins.map((j) => {
      if (j.k === 'raw') return { ...j, sql: new SqlText(from).synth(j.sql.toString(), from) };
      const at = f(j.at);
      return { ...j, at, on: j.on.map((p) => pred(p, at)) };
    }),
    where: q.where.map((p) => pred(p, from)),
    ...(q.with ? { with: q.with.map((c) => ({ ...c, query: moveModel(c.query, f) })) } : {}),
  };
}
