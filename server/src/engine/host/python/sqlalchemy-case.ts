/**
 * `case(...)` as a condition (a hybrid's `@expired.expression` returning
 * `case([(cls.not_after <= now, True)], else_=False)`, SQLAlchemy 1.x's list of pairs or 2.0's
 * pairs as arguments), and a hybrid compared with a boolean constant (`Cert.expired == False`).
 * PostgreSQL prunes only on a condition whose one side is the partition key: a CASE expression
 * is opaque to it, whatever its branches test, so the CASE is kept as SQL text for the judge.
 */
import { callArgs, named, type PyNode, type PyTree, textOf, unparen } from './ast';
import type { Pred } from '../../query/model';
import { type ParamCounter, renderPred } from '../../query/render';
import { SqlText } from '../../query/sqltext';
import { NOWHERE } from './synth';

/** The `(condition, value)` pairs of a `case(...)` call, undefined for the `value=` / mapping forms. */
function casePairs(t: PyTree, call: PyNode): [PyNode, PyNode][] | undefined {
  const args = callArgs(t, call);
  if (args.splat || args.keywords.has('value') || !args.positional.length) return undefined;
  const first = unparen(args.positional[0]);
  const whens = args.positional.length === 1 && first?.type === 'list' ? named(first) : args.positional;
  const pairs: [PyNode, PyNode][] = [];
  for (const w of whens) {
    const u = unparen(w);
    const items = u?.type === 'tuple' ? named(u) : [];
    if (items.length !== 2) return undefined;
    pairs.push([items[0]!, items[1]!]);
  }
  return pairs.length ? pairs : undefined;
}

/**
 * `case(...)` as a condition: `CASE WHEN … THEN … ELSE … END`, its conditions read by `cond`
 * and its results by `value`; undefined when the call is not a form read here.
 */
export function caseCondition(t: PyTree, call: PyNode, cond: (n: PyNode) => Pred, value: (n: PyNode) => string, counter: ParamCounter): Pred | undefined {
  const pairs = casePairs(t, call);
  if (!pairs) return undefined;
  const sql = new SqlText(NOWHERE).synth('CASE');
  for (const [w, v] of pairs) {
    sql.synth(' WHEN ');
    renderPred(cond(w), sql, counter);
    sql.synth(` THEN ${value(v)}`);
  }
  const otherwise = callArgs(t, call).keywords.get('else_');
  sql.synth(`${otherwise ? ` ELSE ${value(otherwise)}` : ''} END`);
  return { k: 'raw', sql };
}

/** `True` / `False` / `true()` / `false()` (also `sa.true()`): the constant, undefined otherwise. */
export function booleanConstant(t: PyTree, n: PyNode | undefined): boolean | undefined {
  const u = unparen(n);
  if (u?.type === 'true' || u?.type === 'false') return u.type === 'true';
  if (u?.type !== 'call' || callArgs(t, u).positional.length) return undefined;
  const m = /(?:^|\.)(true|false)\s*\(\s*\)$/.exec(textOf(t, u));
  return m ? m[1] === 'true' : undefined;
}
