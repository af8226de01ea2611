/**
 * Sequelize models written as plain objects a loader turns into models (FlowFuse's `forge/db/models`):
 * `module.exports = { name: 'Lead', schema: { … DataTypes … }, options: { tableName }, finders(M) {
 * return { static: { byId (id) { return this.findOne(…) } } } } }`. The loader calls
 * `Model.init(m.schema, { modelName: m.name, ...m.options })` and `Object.assign(model, finders.static)`,
 * so the object's `schema`/`options` are the model's attributes and options, and `this` in a function
 * of `finders`'s `static` object is the model class.
 */
import { field, kids, stringValue, text, unwrap, type N } from './ast';

/**
 * The entries of an object literal a module exports (`module.exports = {…}` or `export default {…}`),
 * by key, or undefined when `n` is not such a literal.
 */
export function exportedObjectEntries(n: N): Map<string, N | undefined> | undefined {
  if (n.type !== 'object') return undefined;
  const p = n.parent;
  const exported = (p?.type === 'assignment_expression' && text(field(p, 'left') ?? p).replace(/\s+/g, '') === 'module.exports') || p?.type === 'export_statement';
  if (!exported) return undefined;
  const out = new Map<string, N | undefined>();
  for (const c of kids(n)) if (c.type === 'pair') out.set(text(field(c, 'key') ?? c), unwrap(field(c, 'value')));
  return out;
}

/** Whether an attributes object names Sequelize's types: what tells a model apart from any exported object. */
export function namesSequelizeTypes(attributes: N): boolean {
  return /\bDataTypes\.|\bSequelize\.[A-Z]+\b/.test(text(attributes));
}

/** The `{ name: 'X', schema: {…} }` object literal of a module (`module.exports =` or `export default`), or undefined. */
export function plainModelObject(n: N): { name: string; schema: N; options?: N } | undefined {
  const e = exportedObjectEntries(n);
  if (!e) return undefined;
  const nameNode = e.get('name');
  const name = nameNode ? stringValue(nameNode) : undefined;
  const schema = e.get('schema')?.type === 'object' ? e.get('schema') : undefined;
  const options = e.get('options')?.type === 'object' ? e.get('options') : undefined;
  if (!name || !schema || !namesSequelizeTypes(schema)) return undefined;
  return { name, schema, ...(options ? { options } : {}) };
}

/** The model `this` is in a function of a plain model module's `finders` → `static` object (see the module comment). */
export function plainModuleStatic(fn: N): string | undefined {
  // `byId: async function (id) {…}` or `byId (id) {…}` in the `static` object.
  const holder = fn.type === 'method_definition' ? fn : fn.parent?.type === 'pair' ? fn.parent : undefined;
  const staticObj = holder?.parent;
  const staticPair = staticObj?.type === 'object' ? staticObj.parent : undefined;
  if (staticPair?.type !== 'pair' || text(field(staticPair, 'key') ?? staticPair) !== 'static') return undefined;
  for (let p = staticPair.parent; p; p = p.parent) {
    if (p.type !== 'pair' && p.type !== 'method_definition') continue;
    if (text(field(p, 'name') ?? field(p, 'key') ?? p) !== 'finders') continue;
    const mod = p.parent;
    return mod ? plainModelObject(mod)?.name : undefined;
  }
  return undefined;
}
