/**
 * Model definition objects (Lighthouse CI's storage): a module exports `{ tableName: 'leads',
 * attributes: { … DataTypes … }, options }` and another file defines the model from it,
 * `const leadModel = sequelize.define(defn.tableName, defn.attributes, { tableName: defn.tableName,
 * ...defn.options })`. The definition module is indexed as the model; the `define` binds its const
 * to that module like a registry key (models-sequelize-registry.ts), so queries on the const find it.
 */
import { dottedName, field, kids, stringValue, text, unwrap, type N } from './ast';
import { exportedObjectEntries, namesSequelizeTypes } from './sequelize-plain-modules';

/** Cheap test whether a file may define a model from an imported definition object. */
export function mayDefineFromObjects(src: string): boolean {
  return /\.define\s*\(\s*[\w$]+\.tableName\b/.test(src);
}

/** An exported `{ tableName, attributes, options? }` whose attributes name Sequelize's types. */
export function definitionObject(n: N): { tableName: string; attributes: N; options?: N } | undefined {
  const e = exportedObjectEntries(n);
  if (!e) return undefined;
  const t = e.get('tableName');
  const tableName = t ? stringValue(t) : undefined;
  const attributes = e.get('attributes')?.type === 'object' ? e.get('attributes') : undefined;
  const options = e.get('options')?.type === 'object' ? e.get('options') : undefined;
  if (tableName === undefined || !attributes || !namesSequelizeTypes(attributes)) return undefined;
  return { tableName, attributes, ...(options ? { options } : {}) };
}

/** `x.y` of a member expression as [x, y], when x is a plain identifier. */
function memberOf(n: N | undefined): [string, string] | undefined {
  const d = dottedName(unwrap(n));
  return d?.length === 2 ? [d[0]!, d[1]!] : undefined;
}

/**
 * `const v = s.define(D.tableName, D.attributes, { tableName: D.tableName, ...D.options })` with
 * `D` a default import: v → D's module. Only when the table is the definition's own name (options
 * set it, as Sequelize would otherwise pluralise the model name) and the options add nothing else.
 */
export function definitionDefine(decl: N, imported: ReadonlyMap<string, string>): { name: string; spec: string } | undefined {
  const name = field(decl, 'name');
  const v = unwrap(field(decl, 'value'));
  if (name?.type !== 'identifier' || v?.type !== 'call_expression') return undefined;
  const fn = dottedName(field(v, 'function'));
  if (!fn || fn.length < 2 || fn[fn.length - 1] !== 'define') return undefined;
  const [a0, a1, a2, ...rest] = kids(field(v, 'arguments') ?? v);
  const t = memberOf(a0);
  const at = memberOf(a1);
  const spec = t ? imported.get(t[0]) : undefined;
  if (!t || !spec || t[1] !== 'tableName' || at?.[0] !== t[0] || at[1] !== 'attributes' || rest.length) return undefined;
  const opts = unwrap(a2);
  if (opts?.type !== 'object') return undefined;
  let named = false;
  for (const c of kids(opts)) {
    if (c.type === 'pair') {
      const key = text(field(c, 'key') ?? c);
      const m = memberOf(field(c, 'value'));
      if (key !== 'tableName' || m?.[0] !== t[0] || m[1] !== 'tableName') return undefined;
      named = true;
    } else if (c.type === 'spread_element') {
      const m = memberOf(kids(c).find((k) => k.type !== '...'));
      if (m?.[0] !== t[0] || m[1] !== 'options') return undefined;
    } else if (c.type !== '{' && c.type !== '}' && c.type !== ',' && c.type !== 'comment') return undefined;
  }
  return named ? { name: text(name), spec } : undefined;
}
