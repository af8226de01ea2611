/**
 * A relation built in one statement and run in another is reported where it runs: its FROM and
 * the tables it joins outside the running statement (an association's through join, an `includes`
 * a condition turns into a join) move there.
 */
import type { Range, Rel } from './ar-values';

export function movedRel(r: Rel, here: Range, run: Range): Rel {
  const outside = (s: Range): boolean => s.start < run.start || s.end > run.end;
  return {
    ...r,
    range: here,
    joins: r.joins.map((j) => (j.k === 'table' && outside(j.at) ? { ...j, at: here } : j)),
    includes: r.includes.map((i) => (outside(i.range) ? { ...i, range: here } : i)),
  };
}
