/**
 * A relation built in one statement and run in another is reported where it runs: its FROM and
 * the tables it joins outside the running statement (an association's through join, an `includes`
 * a condition turns into a join) move there, and so do the tables of relations it uses as
 * subqueries (`where(lead_id: user.leads.select(:id))` built with it, run by its `delete_all`).
 */
import type { Join, Pred, QueryModel } from '../../query/model';
import type { Range, Rel } from './ar-values';

export function movedRel(r: Rel, here: Range, run: Range): Rel {
  const { outside, join, pred } = movers(here, run);
  return {
    ...r,
    range: here,
    preds: r.preds.map(pred),
    joins: r.joins.map(join),
    includes: r.includes.map((i) => (outside(i.range) ? { ...i, range: here } : i)),
  };
}

/**
 * A relation built in the statement that runs it keeps its place, but a subquery it uses that was
 * built outside that statement (a relation in a hash of conditions held in a local:
 * `conditions = { campaign_id: hidden }`) runs with it, so it is reported there too.
 */
export function movedSubqueries(r: Rel, here: Range, run: Range): Rel {
  return { ...r, preds: r.preds.map(movers(here, run).pred) };
}

function movers(here: Range, run: Range): { outside: (s: Range) => boolean; join: (j: Join) => Join; pred: (p: Pred) => Pred } {
  const outside = (s: Range): boolean => s.start < run.start || s.end > run.end;
  const join = (j: Join): Join => (j.k === 'table' && outside(j.at) ? { ...j, at: here } : j);
  const query = (q: QueryModel): QueryModel => ({
    ...q,
    from: outside(q.from.at) ? { ...q.from, at: here } : q.from,
    joins: q.joins.map(join),
    where: q.where.map(pred),
  });
  const pred = (p: Pred): Pred => {
    switch (p.k) {
      case 'sub':
      case 'exists':
        return { ...p, query: query(p.query) };
      case 'and':
      case 'or':
        return { ...p, parts: p.parts.map(pred) };
      case 'not':
        return { ...p, part: pred(p.part) };
      default:
        return p;
    }
  };
  return { outside, join, pred };
}
