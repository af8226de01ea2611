/**
 * Hash conditions of `where`/`find_by` (`company: "x"`, `created_at: a..`, `leads: { … }`,
 * `where(user:)`) as the predicates ActiveRecord builds from them. A key or value that cannot
 * be seen makes the whole condition unknown rather than a guess.
 */
import { arelPreds } from './ar-arel';
import type { Pred } from '../../query/model';
import type { ModelInfo, TableName } from './models';
import { child, namedChildren, symbolOrStringValue, textOf, type RNode } from './syntax';
import { hashValuePreds, splatPreds } from './ar-keyword-splat';
import { visit } from './ar-visit';
import { evalValue, rangeOf } from './ar';
import { valueKey, withValue } from './ar-model';
import { subqueryPred } from './ar-query';
import type { Env, EvalContext, Rel } from './ar-values';

/** Hash conditions (`company: "x"`, `created_at: a..`, `leads: { … }`) → predicates, or undefined when dynamic. */
export function hashPreds(ctx: EvalContext, rel: Rel, args: RNode[], env: Env): Pred[] | undefined {
  const pairs: RNode[] = [];
  const splatted: Pred[] = [];
  for (const a of args) {
    if (a.type === 'hash_splat_argument') {
      const ps = splatPreds(ctx, rel, a, env);
      if (!ps) return undefined;
      splatted.push(...ps);
    } else if (a.type === 'pair') pairs.push(a);
    else if (a.type === 'call' || a.type === 'parenthesized_statements') {
      // An Arel predicate (`arel_table[:id].lt(max_id)`).
      const ps = arelPreds(ctx, rel, a, env);
      if (!ps) return undefined;
      splatted.push(...ps);
    } else if (a.type === 'hash') {
      for (const p of namedChildren(a)) {
        if (p.type !== 'pair') return undefined;
        pairs.push(p);
      }
    } else if (a.type === 'identifier' && args.length === 1) {
      // A hash a method of the class (or a variable) holds: `find_by(current_order_params)`.
      const ps = hashValuePreds(ctx, rel, evalValue(ctx, a, env, 'consumed'));
      if (!ps) return undefined;
      splatted.push(...ps);
    } else return undefined;
  }
  if (!pairs.length) return splatted.length ? splatted : undefined;
  const preds = pairsToPreds(ctx, rel, rel.model, rel.model.table, pairs, env, 0);
  return preds && [...splatted, ...preds];
}


function pairsToPreds(ctx: EvalContext, rel: Rel, model: ModelInfo | undefined, table: TableName, pairs: RNode[], env: Env, depth: number): Pred[] | undefined {
  const out: Pred[] = [];
  for (const p of pairs) {
    const keyNode = child(p, 'key');
    const valNode = child(p, 'value') ?? shorthandValue(keyNode);
    const key = symbolOrStringValue(ctx.src, keyNode);
    if (key === undefined || !valNode) return undefined;
    if (valNode.type === 'hash' && depth === 0) {
      // A nested hash names a table or an association: conditions on the joined table.
      const a = model?.association(key);
      const target = a && model ? ctx.index.associationModel(model, a, ctx.nesting) : undefined;
      const t2 = target ? target.table : { name: key };
      const inner = namedChildren(valNode);
      if (inner.some((x) => x.type !== 'pair')) return undefined;
      const sub = pairsToPreds(ctx, rel, target, t2, inner, env, depth + 1);
      if (!sub) return undefined;
      out.push(...sub);
      continue;
    }
    let t = table;
    let column = key;
    const dot = key.indexOf('.');
    const assoc = dot < 0 ? model?.association(key) : undefined;
    if (assoc?.kind === 'belongs_to' && depth === 0) {
      // `where(user: user)`: ActiveRecord compares the foreign key (and a polymorphic type).
      const fks = assoc.foreignKeys ?? [assoc.foreignKey ?? `${key}_id`];
      const first = valuePred(ctx, t, fks[0]!, valNode, env);
      if (!first) return undefined;
      out.push(first, ...fks.slice(1).map((c): Pred => ({ k: 'cmp', table: t, column: c, op: '=', n: 1 })));
      if (assoc.polymorphic) out.push({ k: 'cmp', table: t, column: `${key}_type`, op: '=', n: 1 });
      continue;
    }
    if (dot > 0) {
      t = { name: key.slice(0, dot) };
      column = key.slice(dot + 1);
    } else if (model) column = model.column(key);
    const pred = valuePred(ctx, t, column, valNode, env);
    if (!pred) return undefined;
    out.push(pred);
  }
  return out;
}

/** Ruby 3.1's `where(id:)`: the value is the variable (or method) of the key's name. */
function shorthandValue(key: RNode | undefined): RNode | undefined {
  return key?.type === 'hash_key_symbol' ? { ...key, type: 'identifier', field: 'value', children: [] } : undefined;
}

/** The predicate ActiveRecord builds for `column => value`. */
function valuePred(ctx: EvalContext, table: TableName, column: string, v: RNode, env: Env): Pred | undefined {
  const p = valuePredOf(ctx, table, column, v, env);
  return p && withValue(p, valueKey(ctx, [v]));
}

export function valuePredOf(ctx: EvalContext, table: TableName, column: string, v: RNode, env: Env): Pred | undefined {
  switch (v.type) {
    case 'nil':
      return { k: 'null', table, column, not: false };
    case 'range': {
      const begin = child(v, 'begin');
      const end = child(v, 'end');
      if (begin) visit(ctx, begin, env, 'value', false);
      if (end) visit(ctx, end, env, 'value', false);
      const exclusive = v.children.some((c) => !c.named && c.type === '...');
      const isInf = (n: RNode | undefined): boolean => !n || n.type === 'nil' || /^(Float::INFINITY|-?Float::INFINITY)$/.test(textOf(ctx.src, n));
      if (isInf(begin) && isInf(end)) return { k: 'const', value: true };
      if (isInf(end)) return { k: 'cmp', table, column, op: '>=', n: 1 };
      if (isInf(begin)) return { k: 'cmp', table, column, op: exclusive ? '<' : '<=', n: 1 };
      if (exclusive) return { k: 'and', parts: [{ k: 'cmp', table, column, op: '>=', n: 1 }, { k: 'cmp', table, column, op: '<', n: 1 }] };
      return { k: 'cmp', table, column, op: 'BETWEEN', n: 2 };
    }
    case 'array': {
      const els = namedChildren(v);
      if (els.some((e) => e.type === 'splat_argument')) {
        els.forEach((e) => visit(ctx, e, env, 'value', false));
        return { k: 'cmp', table, column, op: 'IN', n: 1 };
      }
      const hasNil = els.some((e) => e.type === 'nil');
      const vals = els.filter((e) => e.type !== 'nil');
      vals.forEach((e) => visit(ctx, e, env, 'value', false));
      const inP: Pred = vals.length === 0 ? { k: 'const', value: false } : vals.length === 1 ? { k: 'cmp', table, column, op: '=', n: 1 } : { k: 'cmp', table, column, op: 'IN', n: vals.length };
      if (!hasNil) return inP;
      return vals.length ? { k: 'or', parts: [inP, { k: 'null', table, column, not: false }] } : { k: 'null', table, column, not: false };
    }
    case 'parenthesized_statements': {
      const inner = namedChildren(v);
      if (inner.length === 1) return valuePredOf(ctx, table, column, inner[0]!, env);
      break;
    }
    case 'call': {
      const m = child(v, 'method');
      const mname = m ? textOf(ctx.src, m) : '';
      if (/^all_(day|week|month|quarter|year)$/.test(mname)) {
        visit(ctx, v, env, 'value', false);
        return { k: 'cmp', table, column, op: 'BETWEEN', n: 2 };
      }
      // A relation as a value becomes a subquery.
      const sub = evalValue(ctx, v, env, 'consumed');
      ctx.consumed.add(v);
      if (sub.k === 'rel') return sub.cands.length === 1 ? subqueryPred(table, column, sub.cands[0]!) : undefined;
      // An unknown value may be a relation (a subquery: `column IN (SELECT …)`) or a value
      // (`column = $1`); either way the outer query has a condition on this column and on no
      // other, and only a value can prune, so it is judged as a value (a subquery on the key is
      // then missed, never a false alarm).
      return { k: 'cmp', table, column, op: '=', n: 1 };
    }
    case 'identifier': {
      const e = env.get(textOf(ctx.src, v));
      // A relation held in a variable (`hidden = Campaign.where(…).select(:id)`) is a subquery too; an unknown value is judged as a value (see above).
      // It runs inside the query that uses it: reported there, at the variable.
      if (e && e.k === 'rel') return e.cands.length === 1 ? subqueryPred(table, column, { ...e.cands[0]!, range: rangeOf(ctx, v) }) : undefined;
      return { k: 'cmp', table, column, op: '=', n: 1 };
    }
  }
  visit(ctx, v, env, 'value', false);
  return { k: 'cmp', table, column, op: '=', n: 1 };
}
