/**
 * Registries: objects whose properties are the application's models, DAOs, stores or query
 * modules, reached by a dotted path (`WIKI.models.leads` of a global built from `import * as
 * models`, `query.lead.get` of `export default { lead, stat }` over `import * as lead`, a
 * namespace import `repo.byUser`). A path is resolved through the index, property by property —
 * object literals (pairs, shorthands, spreads, methods), namespace imports and module exports —
 * to the class, function or value it names. The follow pass and the scan then read the path as
 * one root name (ast.ts `pathRoots`), which `TsIndex.resolveName` resolves like a plain name.
 */
import { field, kids, text, unwrap, type N } from './ast';
import { requireOf, type ModuleInfo } from './modinfo';
import { objectMethod } from './objects';
import { globalProperty, globalRegistryNames, localValue, moduleExportsObject, shadowedIn, soleReturn } from './registry-globals';
import { instanceGetterModel } from './sequelize-getters';
import type { Resolved, TsIndex } from './workspace';

const MAX_DEPTH = 6;
const MAX_PROPS = 4;

type Step = Resolved | { readonly kind: 'module'; readonly file: string } | { readonly kind: 'global'; readonly file: string; readonly name: string } | undefined;

/** What `name` stands for in `file`: a namespace import is its module, anything else as `resolveName` says. */
function nameStep(index: TsIndex, file: string, name: string, info: ModuleInfo | undefined): Step {
  const imp = (info ?? index.info(file))?.imports.get(name);
  const target = imp ? index.resolve(file, imp.spec) : undefined;
  if (target && isNamespace(index, imp!.imported, target)) return { kind: 'module', file: target };
  const r = index.resolveName(file, name, info);
  // A global the application assigns properties of at boot (registry-globals.ts).
  if (!r && !imp && globalRegistryNames(index).has(name)) return { kind: 'global', file, name };
  return r;
}

/** `import * as m`, or `const m = require('./m')` of a module whose `module.exports = { … }` gives only named exports. */
function isNamespace(index: TsIndex, imported: string, target: string): boolean {
  if (imported === '*') return true;
  const exports = imported === 'default' ? index.info(target)?.exports : undefined;
  return !!exports && exports.size > 0 && !exports.has('default');
}

/** The module a namespace import (`import * as m`, a named-exports `require`) of `file` names. */
export function namespaceModule(index: TsIndex, file: string, name: string, info?: ModuleInfo): string | undefined {
  const imp = (info ?? index.info(file))?.imports.get(name);
  const target = imp ? index.resolve(file, imp.spec) : undefined;
  return target && isNamespace(index, imp!.imported, target) ? target : undefined;
}

/** Whether `name` is a namespace import of `file`: of a workspace module or of a package (`import * as knexNs from 'knex'`). */
export function namespaceImport(index: TsIndex, file: string, name: string, info?: ModuleInfo): boolean {
  return (info ?? index.info(file))?.imports.get(name)?.imported === '*' || namespaceModule(index, file, name, info) !== undefined;
}

/** What a property value written in `file` stands for. */
function valueStep(index: TsIndex, file: string, v0: N | undefined, depth: number): Step {
  const v = unwrap(v0);
  if (!v) return undefined;
  if (v.type === 'identifier') {
    const r = nameStep(index, file, text(v), undefined);
    // A name declared in the enclosing function (`const models = require('../models')` before `return { ...models }`).
    const local = r ? undefined : localValue(v, text(v));
    return local && depth < MAX_DEPTH ? valueStep(index, file, local, depth + 1) : r;
  }
  if (v.type === 'call_expression' && depth < MAX_DEPTH) {
    const c = callStep(index, file, v, depth);
    if (c) return c;
  }
  if (['arrow_function', 'function_expression', 'function', 'method_definition'].includes(v.type)) return { kind: 'function', file, node: v };
  if (v.type === 'member_expression' && depth < MAX_DEPTH) {
    const segs = text(v).split('.');
    return segs.every((s) => /^[\w$]+$/.test(s)) ? walk(index, file, segs, undefined, depth + 1) : undefined;
  }
  return { kind: 'value', file, node: v };
}

/** What a call evaluates to, when the index can tell: a required module, or the one value the called function returns. */
function callStep(index: TsIndex, file: string, call: N, depth: number): Step {
  const spec = requireOf(call);
  if (spec !== undefined) {
    const target = index.resolve(file, spec);
    if (!target) return undefined;
    if (isNamespace(index, 'default', target)) return { kind: 'module', file: target };
    const ex = index.resolveExport(target, 'default');
    return ex ? nameStep(index, ex.file, ex.local, undefined) : undefined;
  }
  const callee = unwrap(field(call, 'function'));
  let fn: Step;
  if (callee?.type === 'identifier') fn = nameStep(index, file, text(callee), undefined);
  else if (callee?.type === 'member_expression') {
    const prop = field(callee, 'property');
    fn = prop ? propStep(index, valueStep(index, file, field(callee, 'object'), depth + 1), text(prop), depth + 1) : undefined;
  }
  if (fn?.kind !== 'function' && !(fn?.kind === 'value' && fn.node.type === 'method_definition')) return undefined;
  const ret = soleReturn(fn.node);
  return ret ? valueStep(index, fn.file, ret, depth + 1) : undefined;
}

/** One property of what a path has reached so far. */
function propStep(index: TsIndex, cur: Step, name: string, depth: number): Step {
  if (!cur || depth > MAX_DEPTH) return undefined;
  if (cur.kind === 'module') {
    const info = index.info(cur.file);
    const e = info?.exports.get(name);
    // `export * as models from './models'`.
    if (e?.kind === 'reexport' && e.imported === '*') {
      const target = index.resolve(cur.file, e.spec);
      return target ? { kind: 'module', file: target } : undefined;
    }
    const ex = index.resolveExport(cur.file, name);
    if (ex) return nameStep(index, ex.file, ex.local, undefined);
    // A method of `module.exports = { init () { … } }`, which the export table leaves out.
    const obj = moduleExportsObject(index, cur.file);
    const m = obj ? propStep(index, { kind: 'value', file: cur.file, node: obj }, name, depth + 1) : undefined;
    return m?.kind === 'function' ? m : undefined;
  }
  if (cur.kind === 'global') {
    const g = globalProperty(index, cur.file, cur.name, name);
    return g ? valueStep(index, g.file, g.node, depth) : undefined;
  }
  if (cur.kind !== 'value') return undefined;
  const u = unwrap(cur.node);
  if (u?.type === 'identifier') return propStep(index, nameStep(index, cur.file, text(u), undefined), name, depth + 1);
  // `Database.leadModel` of a `new Database()` whose getter returns `this.models.lead`.
  if (u?.type === 'new_expression') return instanceGetterModel(index, cur.file, u, name);
  if (u?.type !== 'object') return undefined;
  let found: Step;
  for (const c of kids(u)) {
    if (c.type === 'shorthand_property_identifier' && text(c) === name) found = nameStep(index, cur.file, name, undefined);
    else if (c.type === 'pair' && text(field(c, 'key') ?? c).replace(/^['"]|['"]$/g, '') === name) found = valueStep(index, cur.file, field(c, 'value'), depth);
    else if (c.type === 'method_definition' && objectMethod(u, name) === c) found = { kind: 'function', file: cur.file, node: c };
    else if (c.type === 'spread_element') {
      // A later key overrides a spread one, as at run time.
      const s = propStep(index, valueStep(index, cur.file, kids(c)[0], depth), name, depth + 1);
      if (s) found = s;
    }
  }
  return found;
}

/**
 * `const { filterOneOrMany } = require('./utils')` of a module whose `module.exports` is an object
 * (`module.exports = utils` after `const utils = { filterOneOrMany(…) { … } }`, or the literal
 * itself): the export table has no such name, but the object's function is what the importer gets.
 */
export function commonJsMember(index: TsIndex, target: string, name: string): Resolved | undefined {
  const obj = moduleExportsObject(index, target);
  const ex = obj ? undefined : index.resolveExport(target, 'default');
  const base: Step = obj ? { kind: 'value', file: target, node: obj } : ex ? nameStep(index, ex.file, ex.local, undefined) : undefined;
  const r = base?.kind === 'value' ? propStep(index, base, name, 1) : undefined;
  return r?.kind === 'function' ? r : undefined;
}

function walk(index: TsIndex, file: string, segs: readonly string[], info: ModuleInfo | undefined, depth: number): Step {
  let cur = nameStep(index, file, segs[0]!, info);
  for (const s of segs.slice(1)) cur = propStep(index, cur, s, depth);
  return cur;
}

/** What a dotted path (`WIKI.models.leads`) of `file` names, if the index can tell. */
export function resolvePath(index: TsIndex, file: string, path: string, info?: ModuleInfo): Resolved | undefined {
  const r = walk(index, file, path.split('.'), info, 0);
  return r?.kind === 'module' || r?.kind === 'global' ? undefined : r;
}

/**
 * The dotted paths of a file that read a registry: naming a class or an instance of the workspace
 * through an object, or — rooted in a namespace import, or two or more properties deep — a
 * function or an object. Keyed by the path; the value is the class name for a class (the
 * model a query translator looks up), else the path itself.
 */
export function registryPaths(index: TsIndex, file: string, info: ModuleInfo): Map<string, string> {
  const out = new Map<string, string>();
  const roots = new Map<string, boolean>();
  for (const [name, imp] of info.imports) {
    // Relative paths, `@/x` aliases and workspace packages (`@kan/db/repository/lead.repo`) all name indexed modules.
    const target = index.resolve(file, imp.spec);
    if (target && isNamespace(index, imp.imported, target)) roots.set(name, true);
    else if (target && index.resolveName(file, name, info)?.kind === 'value') roots.set(name, false);
  }
  for (const [name] of info.locals) if (!name.startsWith('%') && !roots.has(name) && index.resolveName(file, name, info)?.kind === 'value') roots.set(name, false);
  // A global registry, unless some use of the name here is a parameter or a local of its function.
  for (const name of globalRegistryNames(index)) if (!roots.has(name) && !info.imports.has(name) && !info.locals.has(name) && !info.classes.has(name) && !shadowedIn(index, file, info.root, name)) roots.set(name, false);
  if (roots.size === 0) return out;
  const src = info.root.src;
  const re = new RegExp(`(?<![\\w$.])(${[...roots.keys()].map((r) => r.replace(/\$/g, '\\$')).join('|')})((?:\\s*\\??\\.\\s*[\\w$]+){1,${MAX_PROPS}})`, 'g');
  const seen = new Set<string>();
  for (const m of src.matchAll(re)) {
    const props = m[2]!.replace(/\s|\?/g, '').split('.').slice(1);
    const namespace = roots.get(m[1]!)!;
    // The longest prefix that names something followable.
    for (let k = props.length; k >= 1; k--) {
      const path = [m[1]!, ...props.slice(0, k)].join('.');
      if (seen.has(path)) {
        if (out.has(path)) break;
        continue;
      }
      seen.add(path);
      const r = resolvePath(index, file, path, info);
      const u = r?.kind === 'value' ? unwrap(r.node) : undefined;
      // One property of an object (`models.Lead`, `stores.leadStore`) is a path when it names a class
      // or an instance; a function there is an object method, which the follow pass reads already.
      const deep = namespace || k >= 2;
      // Sequelize registries (`db.Lead`, `models.Lead`) are read by models-sequelize-registry.ts.
      // A getter handing one out (`Database.leadModel`) is read here.
      if (r?.kind === 'class' && index.registry.find('sequelize', r.cls.name) && index.registry.find('sequelize', props[k - 1]!)) break;
      if (r?.kind === 'class') out.set(path, r.cls.name);
      // `module.exports = class Lead extends Model { … }`.
      else if (u?.type === 'class' && field(u, 'name')) out.set(path, text(field(u, 'name')!));
      // A client a module exports (`dbModule.db('leads')` of `import * as dbModule`) is a root like its plain import.
      else if (u?.type === 'new_expression' || (deep && (r?.kind === 'function' || r?.kind === 'client' || (u && ['object', 'call_expression'].includes(u.type))))) out.set(path, path);
      else continue;
      break;
    }
  }
  return out;
}
