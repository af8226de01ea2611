/**
 * Relations as the shared query model that engine/query renders and judges: the model itself
 * (with the joins `includes` turns into), predicate identities for `or` and for pruning
 * candidates, and the value sources that tell `company: "a"` from `company: "b"`.
 */
import { predTables, sameTable, type Join, type Pred, type QueryModel } from '../../query/model';
import { predShape } from '../../query/render';
import type { TableName } from './models';
import { textOf, type RNode } from './syntax';
import { associationJoin } from './ar';
import { MAX_CANDIDATES, type EvalContext, type Rel } from './ar-values';


/** A relation as the shared query model (includes that a condition references become joins). */
export function toModel(rel: Rel): QueryModel {
  const r = withIncludes(rel);
  return { framework: 'activerecord', from: { table: r.model.table, at: r.range }, joins: r.joins, where: r.preds, primaryKey: r.model.primaryKey[0] ?? 'id' };
}

/**
 * Identity of a predicate for `or` (ActiveRecord factors out predicates that both sides share):
 * the SQL shape plus the Ruby source of the values, since `company: "a"` and `company: "b"`
 * render the same parameterized SQL.
 */
export function sig(p: Pred): string {
  return `${predShape(p)}\u0000${values(p)}`;
}

function values(p: Pred): string {
  switch (p.k) {
    case 'cmp':
    case 'null':
    case 'raw':
      return p.v ?? '';
    case 'and':
    case 'or':
      return p.parts.map(values).join('\u0001');
    case 'not':
      return values(p.part);
    default:
      return '';
  }
}

/**
 * Candidates within the limit: past it, a candidate holding every condition of another one (and
 * the same joins, includes and selection) is dropped — whatever it lacks, the other lacks too, and
 * a finding of any alternative is reported. Undefined when still too many (unknown: no finding).
 */
export function fewest(cands: readonly Rel[]): Rel[] | undefined {
  if (cands.length <= MAX_CANDIDATES) return [...cands];
  const shape = (r: Rel): string => JSON.stringify([r.model.name, r.none, r.select ?? '', r.references, r.includes.map((i) => [i.name, i.preload ?? false]), r.joins.map(predKey)]);
  const sigs = cands.map((r) => new Set(r.preds.map(sig)));
  const shapes = cands.map(shape);
  const kept = cands.filter((_, i) =>
    !cands.some((_o, j) => j !== i && shapes[j] === shapes[i] && [...sigs[j]!].every((x) => sigs[i]!.has(x)) && (sigs[j]!.size < sigs[i]!.size || j < i)),
  );
  return kept.length <= MAX_CANDIDATES ? kept : undefined;
}

function predKey(j: Join): string {
  return j.k === 'table' ? `${j.kind}|${j.table.schema ?? ''}.${j.table.name}|${j.on.map(sig).join('&')}` : `raw|${j.sql.toString()}`;
}

/** Marks the leaves of a predicate with the source of the value they compare with. */
export function withValue(p: Pred, v: string): Pred {
  switch (p.k) {
    case 'cmp':
    case 'null':
    case 'raw':
      return { ...p, v };
    case 'and':
    case 'or':
      return { ...p, parts: p.parts.map((q) => withValue(q, v)) };
    case 'not':
      return { ...p, part: withValue(p.part, v) };
    default:
      return p;
  }
}

/** The value text as an identity: inside a body from another file, unique per call site. */
export function valueKey(ctx: EvalContext, nodes: readonly RNode[]): string {
  const text = nodes.map((n) => textOf(ctx.src, n)).join(',');
  return ctx.foreign ? `${ctx.foreign.start}@${text}` : text;
}

/** `includes` becomes a LEFT OUTER JOIN when a condition references the included table. */
function withIncludes(rel: Rel): Rel {
  let r = rel;
  for (const inc of rel.includes) {
    const j = includeJoin(rel, inc);
    if (j && !joined(r, j)) r = { ...r, joins: [...r.joins, j] };
  }
  return r;
}

const joined = (rel: Rel, j: Join): boolean => j.k === 'table' && rel.joins.some((x) => x.k === 'table' && sameTable(x.table, j.table));

/** The join an `includes` turns into (a condition or `references` names its table), if it does. */
export function includeJoin(rel: Rel, inc: Rel['includes'][number]): Join | undefined {
  if (inc.preload || !rel.model.association(inc.name)) return undefined;
  const j = associationJoin(rel, inc.name, inc.range, 'LEFT OUTER', undefined);
  if (!j) return undefined;
  if (joined(rel, j)) return j; // `joins(:a).includes(:a)`: ActiveRecord eager loads through that join.
  const referenced: TableName[] = [];
  rel.preds.forEach((p) => predTables(p, referenced));
  if (referenced.some((t) => j.table && sameTable(t, j.table)) || rel.references.includes(inc.name) || (j.table && rel.references.includes(j.table.name))) return j;
  return undefined;
}
