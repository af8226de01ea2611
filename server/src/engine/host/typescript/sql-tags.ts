/**
 * Kysely's and Drizzle's `sql` template tag, however the file imports it: `` sql`…` ``,
 * `` sql<T>`…` ``, a renamed import (`` rawSql`…` ``) or a namespace import (`` k.sql`…` ``). The
 * translators read such a template as a SQL fragment.
 */
import { dottedName, field, text, unwrap, type N } from './ast';
import { importsAt, isOneOf, namesOfExport, namesPattern } from './package-names';

/** Packages whose `sql` tag makes a fragment of the query. */
const SQL_PACKAGES = (spec: string): boolean => spec === 'kysely' || spec === 'drizzle-orm';

/**
 * Whether a tag expression is the packages' `sql` (its own name, as before, or another name the file
 * gives it). `dotted` reads the tag's name through `await`, type arguments and `!` (embedded.ts).
 */
export function isSqlTag(tag: N, dotted = false): boolean {
  const t = dotted ? dottedName(tag)?.join('.') : text(tag);
  return t !== undefined && (t === 'sql' || isOneOf(t, namesOfExport(importsAt(tag), SQL_PACKAGES, 'sql')));
}

/**
 * The template of a `sql` tagged template: `` sql`…` `` and `` sql<T>`…` `` (which the grammar
 * reads as the comparisons `sql < T > `…``, so that shape is accepted too).
 */
export function sqlTemplate(n: N | undefined): N | undefined {
  const u = unwrap(n);
  if (u?.type === 'call_expression') {
    const fn = field(u, 'function');
    const args = field(u, 'arguments');
    return fn && args?.type === 'template_string' && isSqlTag(fn) ? args : undefined;
  }
  if (u?.type === 'binary_expression') {
    const left = field(u, 'left');
    const right = field(u, 'right');
    const tag = left?.type === 'binary_expression' ? field(left, 'left') : undefined;
    if (right?.type === 'template_string' && tag && tag.start === u.start && /^\s*<[^`]*>\s*$/.test(u.src.slice(tag.end, right.start)) && isSqlTag(tag)) return right;
  }
  return undefined;
}

/** Whether an expression's text reads a member of the `sql` tag (`sql.ref(col)`, `k.sql.raw(s)`), at node `at` of its file. */
export function readsSqlMember(expr: string, at: N): boolean {
  const names = namesOfExport(importsAt(at), SQL_PACKAGES, 'sql');
  return new RegExp(`^\\s*(?:${namesPattern(names)})\\s*\\.`).test(expr);
}
