/**
 * TypeORM find options handed through a generic helper (Vendure's `ListQueryBuilder.build(Entity, options,
 * { where })`): `qb.setFindOptions({ where: extendedOptions.where ?? {}, take, order })`. TypeORM applies the
 * options' `where` when it builds the query, ANDed with the builder's own conditions; a `where` read from the
 * caller's object with a fallback (`opts.where ?? {}`, `opts.where || {}`) is the caller's value when it gives
 * one, else the fallback.
 */
import { field, unwrap, type N } from './ast';
import { absent, literalProperty, objectProps } from './values';
import { Dynamic } from './sqlgen';

/** `a ?? b` / `a || b`: `b` when `a` is absent, `a`'s object literal when the code shows it, else undefined (not visible). */
export function fallbackValue(v: N | undefined): N | undefined {
  const u = unwrap(v);
  if (u?.type !== 'binary_expression') return u;
  const l = field(u, 'left');
  const r = field(u, 'right');
  if (!l || !r || !/^\s*(\?\?|\|\|)\s*$/.test(u.src.slice(l.end, r.start))) return u;
  if (absent(l)) return unwrap(r);
  const left = unwrap(l);
  if (left?.type === 'object' || left?.type === 'array') return left;
  const shown = left?.type === 'member_expression' ? literalProperty(left, unwrap) : undefined;
  const value = shown ? unwrap(shown) : undefined;
  return value?.type === 'object' || value?.type === 'array' ? value : undefined;
}

/** The `where` of `setFindOptions(options)`: its value node, null when the options have none. */
export function findOptionsWhere(arg: N | undefined): N | null {
  const o = unwrap(arg);
  if (o?.type !== 'object') throw new Dynamic('find options not visible', 'unseen');
  const { props, dynamic } = objectProps(o);
  const w = props.filter((p) => p.key === 'where').pop();
  if (!w) {
    if (dynamic) throw new Dynamic('find options spread', 'unseen');
    return null;
  }
  const v = fallbackValue(w.value);
  if (!v) throw new Dynamic('find options where not visible', 'unseen');
  return v;
}
