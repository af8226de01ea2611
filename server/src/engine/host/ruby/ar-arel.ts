/**
 * Arel predicates given to `where`/`where.not`: `arel_table[:id].lt(max_id)`,
 * `Story.arel_table[:id].not_in(subquery)`, `t[:score].gt(3).or(t[:flags].eq(0))`,
 * `Sub.where(…).arel.exists`. Cursor pagination (`paginate_by_max_id`), tag filters and
 * EXISTS filters are written this way in real applications; ActiveRecord sends the predicate as
 * the SQL comparison of the named table's column, so it is modelled as that comparison.
 * Anything else (an Arel node we do not read) stays unknown.
 */
import type { Pred } from '../../query/model';
import type { TableName } from './models';
import { child, constantName, namedChildren, symbolOrStringValue, textOf, type RNode } from './syntax';
import { evalValue } from './ar';
import { toModel } from './ar-model';
import { valuePredOf } from './ar-hash-conditions';
import type { Env, EvalContext, Rel } from './ar-values';

type Op = '=' | '!=' | '>=' | '>' | '<' | '<=' | 'IN' | 'NOT IN' | 'BETWEEN';

/**
 * Arel's predication methods → the comparison ActiveRecord renders, as far as pruning goes:
 * `eq_any`/`in_any` are an OR of equalities, which prunes like `IN`; a pattern (`matches`) or
 * `IS DISTINCT FROM` bounds no partition (`none`: no condition is kept, negated or not).
 */
const COMPARISONS: Readonly<Record<string, Op | 'none'>> = {
  eq: '=',
  not_eq: '!=',
  gt: '>',
  gteq: '>=',
  lt: '<',
  lteq: '<=',
  in: 'IN',
  not_in: 'NOT IN',
  between: 'BETWEEN',
  eq_any: 'IN',
  in_any: 'IN',
  not_eq_all: 'NOT IN',
  not_in_all: 'NOT IN',
  matches: 'none',
  does_not_match: 'none',
  matches_any: 'none',
  does_not_match_all: 'none',
  is_distinct_from: 'none',
};

/** The table and column of `arel_table[:col]`, `Model.arel_table[:col]` or `Model.arel_attribute(:col)`. */
function attribute(ctx: EvalContext, rel: Rel, n: RNode | undefined): { table: TableName; column: string } | undefined {
  if (!n) return undefined;
  let owner: RNode | undefined;
  let colNode: RNode | undefined;
  if (n.type === 'element_reference') {
    const obj = child(n, 'object');
    const args = namedChildren(n).filter((c) => c !== obj);
    if (!obj || args.length !== 1 || obj.type !== 'call' && obj.type !== 'identifier') return undefined;
    if (textOf(ctx.src, obj.type === 'call' ? child(obj, 'method') ?? obj : obj) !== 'arel_table' || (obj.type === 'call' && child(obj, 'arguments'))) return undefined;
    owner = obj.type === 'call' ? child(obj, 'receiver') : undefined;
    colNode = args[0];
  } else if (n.type === 'call' && textOf(ctx.src, child(n, 'method') ?? n) === 'arel_attribute') {
    owner = child(n, 'receiver');
    const args = namedChildren(child(n, 'arguments') ?? n);
    if (args.length !== 1) return undefined;
    colNode = args[0];
  } else return undefined;
  if (!colNode || (colNode.type !== 'simple_symbol' && colNode.type !== 'string')) return undefined;
  const column = symbolOrStringValue(ctx.src, colNode);
  if (column === undefined) return undefined;
  // No receiver (inside a scope or class method) or `self`: the relation's own model.
  let model = rel.model;
  if (owner && owner.type !== 'self') {
    const name = owner.type === 'constant' || owner.type === 'scope_resolution' ? constantName(ctx.src, owner) : undefined;
    const found = name ? ctx.index.model(name, ctx.nesting) : undefined;
    if (!found) return undefined;
    model = found;
  }
  return { table: model.table, column: model.column(column) };
}

/**
 * The predicates of one Arel node given to `where`, or undefined when it is not an Arel
 * predicate we read (then the caller stays silent as for any unknown condition).
 */
export function arelPreds(ctx: EvalContext, rel: Rel, n: RNode, env: Env): Pred[] | undefined {
  const p = arelPred(ctx, rel, n, env, 0);
  return p ? [p] : undefined;
}

function arelPred(ctx: EvalContext, rel: Rel, n: RNode, env: Env, depth: number): Pred | undefined {
  if (depth > 8) return undefined;
  if (n.type === 'parenthesized_statements' && namedChildren(n).length === 1) return arelPred(ctx, rel, namedChildren(n)[0]!, env, depth + 1);
  if (n.type !== 'call') return undefined;
  const name = textOf(ctx.src, child(n, 'method') ?? n);
  const recv = child(n, 'receiver');
  const argList = child(n, 'arguments');
  const args = argList ? namedChildren(argList).filter((a) => a.type !== 'comment') : [];
  if (child(n, 'block')) return undefined;
  if ((name === 'and' || name === 'or') && recv && args.length === 1) {
    const a = arelPred(ctx, rel, recv, env, depth + 1);
    const b = a && arelPred(ctx, rel, args[0]!, env, depth + 1);
    return a && b ? { k: name, parts: [a, b] } : undefined;
  }
  if (name === 'not' && recv && !args.length) {
    const a = arelPred(ctx, rel, recv, env, depth + 1);
    // A negated opaque test stays opaque (never "no rows").
    return a && (hasConst(a) ? { k: 'const', value: true } : { k: 'not', part: a });
  }
  // `Sub.where(…).arel.exists` (optionally `.not`): EXISTS of the subquery (a correlated
  // condition stays text inside it), which never bounds the outer table's partition key.
  if (name === 'exists' && recv && !args.length && recv.type === 'call' && textOf(ctx.src, child(recv, 'method') ?? recv) === 'arel' && !child(recv, 'arguments')) {
    const sub = child(recv, 'receiver');
    const v = sub ? evalValue(ctx, sub, env, 'consumed') : undefined;
    return v?.k === 'rel' && v.cands.length === 1 ? { k: 'exists', not: false, query: toModel(v.cands[0]!) } : undefined;
  }
  const op = COMPARISONS[name];
  const attr = op ? attribute(ctx, rel, recv) : undefined;
  if (!op || !attr || args.length !== 1) return undefined;
  const arg = args[0]!;
  // Another table's column (`t[:story_id].eq(stories[:id])`): a column equality; any other
  // comparison of two columns bounds no partition at plan time.
  const other = attribute(ctx, rel, arg);
  if (other) return op === '=' ? { k: 'eqcol', a: attr, b: other } : { k: 'const', value: true };
  if (op === 'none') {
    evalValue(ctx, arg, env, 'consumed');
    return { k: 'const', value: true };
  }
  if (op === 'BETWEEN') return arg.type === 'range' ? valuePredOf(ctx, attr.table, attr.column, arg, env) : undefined;
  // The value is read (a subquery relation given as the value is not run by being given).
  evalValue(ctx, arg, env, 'consumed');
  return { k: 'cmp', table: attr.table, column: attr.column, op, n: 1 };
}

function hasConst(p: Pred): boolean {
  return p.k === 'const' || ((p.k === 'and' || p.k === 'or') && p.parts.some(hasConst)) || (p.k === 'not' && hasConst(p.part));
}
