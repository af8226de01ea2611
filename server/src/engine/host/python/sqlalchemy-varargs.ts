/**
 * `def get_by(cls, *criterions, **kw): return cls.query.filter(*criterions).filter_by(**kw).first()`:
 * a helper's `*args` spread into `filter()`/`where()` holds the positional arguments its call
 * passes past the named parameters (none at all for `Lead.get_by(id=lead_id)`), each a condition
 * read in the caller's tree.
 */
import { callArgs, field, named, type PyNode, type PyTree, scopeOf, textOf } from './ast';
import { stillParameter } from './calls';
import type { SaTranslator } from './sqlalchemy';
import type { FnInfo } from './summaries';

export interface Varargs {
  /** The name of the `*args` parameter. */
  readonly name: string;
  /** The arguments it holds, in the caller's tree. */
  readonly nodes: readonly PyNode[];
}

/** What a call passes into the function's `*args`, or undefined when it has none or the call spreads a list. */
export function varargsOf(t: PyTree, fn: FnInfo, call: PyNode, selfBound: boolean): Varargs | undefined {
  const ps = field(fn.node, 'parameters');
  const params = ps ? named(ps).filter((p) => p.type !== 'comment') : [];
  const at = params.findIndex((p) => p.type === 'list_splat_pattern');
  const id = at >= 0 ? named(params[at]!).find((x) => x.type === 'identifier') : undefined;
  const args = callArgs(t, call);
  if (!id || args.splat) return undefined;
  return { name: textOf(fn.unit.tree, id), nodes: args.positional.slice(at - (selfBound ? 1 : 0)) };
}

/** `*criterions` of the function being inlined, as conditions read by the caller's translator. */
export function varargsItems(tr: SaTranslator, n: PyNode): { tr: SaTranslator; nodes: readonly PyNode[] } | undefined {
  const env = tr.env;
  const va = env?.varargs;
  if (!env || !va || n.type !== 'identifier' || textOf(tr.t, n) !== va.name || scopeOf(n) !== env.fn || !stillParameter(tr.scopes, env.fn, va.name, n)) return undefined;
  return { tr: va.caller, nodes: va.nodes };
}
