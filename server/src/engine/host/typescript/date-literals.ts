/**
 * A JavaScript date written as a constant, as the SQL literal the driver sends: `new Date(0)` is
 * `'1970-01-01T00:00:00.000Z'`. Zero's `countLeadsSince(db, userId, input.since ?? new Date(0))`
 * bounds `created_at >= since` by the epoch when no date is given, and that bound keeps every
 * partition; the shared judge compares the literal with the partitions' bounds. A default
 * (`x ?? new Date(0)`, `x || new Date(0)`) is the path where `x` is missing: the other path binds a
 * parameter, which keys the query whatever it holds, so the default's path decides the verdict.
 * Used where Drizzle, knex, Kysely and Prisma compare a column with a value.
 */
import { field, kids, text, unwrap, type N } from './ast';
import { truthOf } from './values';

/** The quoted SQL literal of a constant `new Date(…)` (or of the default after `??`/`||`); undefined otherwise. */
export function dateLiteral(n: N | undefined): string | undefined {
  const u = unwrap(n);
  if (u?.type === 'binary_expression') {
    const l = field(u, 'left');
    const r = field(u, 'right');
    if (!l || !r || !/^\s*(\|\||\?\?)\s*$/.test(u.src.slice(l.end, r.start))) return undefined;
    // A left side certainly set is what runs.
    return truthOf(l) === true ? undefined : dateLiteral(r);
  }
  if (u?.type !== 'new_expression' || text(field(u, 'constructor') ?? u) !== 'Date') return undefined;
  const args = kids(field(u, 'arguments') ?? u);
  const a = args.length === 1 ? unwrap(args[0]) : undefined;
  if (a?.type !== 'number' && a?.type !== 'string') return undefined;
  const v = a.type === 'number' ? Number(text(a)) : text(a).slice(1, -1);
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : `'${d.toISOString()}'`;
}
