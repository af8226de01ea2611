/**
 * `filter_by(**{match_key: match_value})`: SQLAlchemy turns each key of the mapping into
 * `<entity>.<key> == value`. The keys are read when they are string literals, or parameters of
 * the inlined function the call passes a string literal for (`count_all(match_key="status", …)`).
 */
import { field, named, type PyNode, scopeOf, textOf, unparen } from './ast';
import { stillParameter } from './calls';
import { decodeStringExpr } from './strings';
import type { KwEntry, Kwargs } from './kwargs';
import type { SaTranslator } from './sqlalchemy';

/** The entries of a dict literal spread into `filter_by(**…)`, undefined when a key is not known. */
export function literalKwargs(tr: SaTranslator, n: PyNode | undefined): Kwargs<SaTranslator> | undefined {
  const d = unparen(n);
  if (d?.type !== 'dictionary') return undefined;
  const entries: KwEntry[] = [];
  for (const p of named(d)) {
    const k = p.type === 'pair' ? unparen(field(p, 'key')) : undefined;
    const value = p.type === 'pair' ? field(p, 'value') : undefined;
    const key = k ? keyText(tr, k) : undefined;
    if (key === undefined || !value) return undefined;
    entries.push({ key, value });
  }
  return { tr, entries };
}

function keyText(tr: SaTranslator, k: PyNode): string | undefined {
  if (k.type !== 'identifier') {
    const s = decodeStringExpr(tr.t, k);
    return s && !s.interpolated ? s.text : undefined;
  }
  // A parameter of the inlined function: the string the call passes for it.
  const env = tr.env;
  const name = textOf(tr.t, k);
  if (!env?.argNodes || scopeOf(k) !== env.fn || !stillParameter(tr.scopes, env.fn, name, k)) return undefined;
  const a = env.argNodes.get(name);
  const s = a ? decodeStringExpr(a.tree, a.node) : undefined;
  return s && !s.interpolated ? s.text : undefined;
}
