/**
 * Shared pieces of the ORM → SQL translation: the query record each translator produces,
 * identifier quoting, bind-parameter numbering and the "cannot see this query" signal.
 */
import { field, kids, text, unwrap, type N } from './ast';

/** One ORM query translated to the SQL the ORM sends (only the parts that matter for pruning). */
export interface OrmQuery {
  readonly framework: 'prisma' | 'knex' | 'drizzle' | 'kysely' | 'sequelize' | 'typeorm' | 'objection';
  /** A complete statement, e.g. `SELECT * FROM "leads" WHERE "created_at" >= $1`. */
  readonly sql: string;
  /** Where findings of this query are reported: the model / table reference in the call. */
  readonly range: { readonly start: number; readonly end: number };
  readonly schema?: string;
  readonly table: string;
  /** Host-specific data for quick fixes (see fixes.ts). */
  readonly fix: Readonly<Record<string, string | number>>;
  /**
   * Other partitioned-table references of the query (joins, included relations): a finding on
   * one of these tables is reported at its own range.
   */
  readonly joins?: readonly { readonly table: string; readonly schema?: string; readonly range: { readonly start: number; readonly end: number } }[];
  /** Further statements the same call sends (Objection `withGraphFetched`, Prisma nested reads). */
  readonly also?: readonly OrmQuery[];
  /**
   * SQL of the same site on other paths (`if (from) q = q.where(…)`): a finding stands only
   * when every alternative has it too.
   */
  readonly alternatives?: readonly string[];
  /** Where the builder was created and refined, when that is not where it runs. */
  readonly related?: readonly import('../../finding').RelatedLocation[];
}

/** Thrown by a translator when part of a query is built in a way we cannot see: report nothing. */
export class Dynamic extends Error {
  constructor(why: string) {
    super(why);
  }
}

/** Always-quoted identifier, exactly as the ORMs send them. */
export function qi(ident: string): string {
  return `"${ident.replace(/"/g, '""')}"`;
}

export function qualified(schema: string | undefined, table: string): string {
  return schema === undefined ? qi(table) : `${qi(schema)}.${qi(table)}`;
}

/** Bind-parameter numbering for one synthesized statement. */
export class Params {
  private n = 0;
  next(): string {
    return `$${++this.n}`;
  }
  /** `($1, $2, …)` for an array literal with that many elements, `($n)` otherwise. */
  list(value: N | undefined): string {
    const u = unwrap(value);
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

export function selectSql(schema: string | undefined, table: string, where: string | null, alias?: string): string {
  const from = qualified(schema, table) + (alias ? ` AS ${qi(alias)}` : '');
  return where === null ? `SELECT * FROM ${from}` : `SELECT * FROM ${from} WHERE ${where}`;
}

/**
 * Chain tops whose builder is known to run although nothing here runs it: a builder that leaves
 * the code we can see (returned from a function no visible code calls) is judged where it is built.
 */
export const assumeExecuted = new WeakSet<N>();

/** Whether the query a chain builds is executed here (awaited, returned from an async function, terminal method). */
export function executedHere(top: N, terminal: ReadonlySet<string>, chainNames: readonly string[]): boolean {
  if (assumeExecuted.has(top)) return true;
  if (chainNames.some((n) => terminal.has(n))) return true;
  let p = top.parent;
  let child = top;
  while (p && (p.type === 'parenthesized_expression' || p.type === 'as_expression' || p.type === 'non_null_expression')) {
    child = p;
    p = p.parent;
  }
  if (!p) return false;
  if (p.type === 'await_expression' || p.type === 'yield_expression') return true;
  if (p.type === 'return_statement' || (p.type === 'arrow_function' && child.field === 'body')) return inAsyncFunction(p);
  if (p.type === 'array' && p.parent?.type === 'arguments') {
    const call = p.parent.parent;
    const fn = call ? field(call, 'function') : undefined;
    if (fn && /^Promise\.(all|allSettled|race|any)$/.test(text(fn))) return true;
  }
  return false;
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
