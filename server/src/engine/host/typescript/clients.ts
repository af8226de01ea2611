/**
 * Which names of a file hold a database client, found through the workspace index rather than
 * by the words a file happens to contain: imports resolved to the module that made the client
 * (`import db from '../db'`), local instances, class fields and constructor-injected parameters
 * (`constructor(private prisma: PrismaService)`, `@InjectKnex() knex: Knex`), and typed parameters.
 * Keys are plain names (`db`) and `this.<field>`.
 */
import { field, text, visit, type N } from './ast';
import type { ModuleInfo } from './modinfo';
import { extendedPrisma } from './prisma-extends';
import { addInheritedClients, getterTypes } from './inherited-clients';
import { knexParamFields } from './knex-param-fields';
import { registryPaths } from './registry-paths';
import { boundModelPaths } from './objection-bound-models';
import { destructuredTypes } from './destructured-clients';
import { isClientImport, type ClientKind, type TsIndex } from './workspace';

/**
 * Values are a `ClientKind`, `'opaque'` (a client whose calls we cannot judge: a Prisma `$extends`
 * whose `query` hook may rewrite the arguments) or `prisma!{hooks}` (an extended Prisma client).
 */
export function fileClients(index: TsIndex, fileName: string, module: ModuleInfo, program: N): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of [...module.imports.keys(), ...module.locals.keys()]) {
    if (name.startsWith('%')) continue;
    const r = index.resolveName(fileName, name, module);
    if (r?.kind === 'client') out.set(name, r.client);
    else if (r?.kind === 'value' && /\.\$extends\s*\(\s*\{[\s\S]*\bquery\s*:/.test(text(r.node))) {
      // Hooks that visibly keep the caller's filter leave the delegates judgeable (prisma-extends.ts).
      const file = r.file;
      out.set(name, extendedPrisma(r.node, (base) => index.valueClient(file, base) === 'prisma') ?? 'opaque');
    }
  }
  // Registry paths naming a client (`dbModule.db` of a namespace import), read as one root (registry-paths.ts).
  for (const [path] of registryPaths(index, fileName, module)) {
    const r = index.resolveName(fileName, path, module);
    if (r?.kind === 'client') out.set(path, r.client);
  }
  for (const cls of module.classes.values()) {
    for (const f of cls.fields.values()) {
      const k = (f.type !== undefined ? index.typeClient(fileName, f.type, module) : undefined) ?? (f.init ? index.valueClient(fileName, f.init, module) : undefined);
      if (k) out.set(`this.${f.name}`, k);
    }
    // `constructor({ knex }) { this._knex = knex }` (knex-param-fields.ts).
    for (const f of knexParamFields(cls)) if (!out.has(`this.${f}`)) out.set(`this.${f}`, 'knex');
    for (const [name, type] of getterTypes(cls)) {
      const k = index.typeClient(fileName, type, module);
      if (k && !out.has(`this.${name}`)) out.set(`this.${name}`, k);
    }
  }
  addInheritedClients(index, fileName, module, out);
  // Typed parameters and variables anywhere in the file (`async function list(db: Knex)`): only
  // when some import can name a client type or make a client (else the walk is skipped).
  const makers = [...module.imports.keys()].filter((name) => {
    const r = index.resolveName(fileName, name, module);
    // An imported type alias of a client (`type ReadonlyDatabase = Database['readonly']`) names one too.
    return (r?.kind === 'pkg' && isClientImport(r.spec, r.imported)) || (r?.kind === 'class' && index.classClient(r.file, r.cls) !== undefined) || r?.kind === 'client' || (r === undefined && index.typeClient(fileName, name, module) !== undefined) || (r === undefined && namespaceNamesClient(index, fileName, name, module));
  });
  if (makers.length === 0) return out;
  const mention = new RegExp(`\\b(?:${makers.map((m) => m.replace(/\$/g, '\\$')).join('|')})\\b`);
  visit(program, (n) => {
    if (n === program || n.type === 'statement_block' || n.type === 'class_body') return undefined;
    // Statements that never name a client maker hold no client binding: not walked.
    // A destructuring of a parameter (`const { db } = ctx`) takes its type from the signature: walked.
    if ((n.parent === null || n.parent.type === 'program' || n.parent.type === 'statement_block') && !mention.test(n.src.slice(n.start, n.end)) && !/^(?:const|let|var)\s*\{/.test(n.src.slice(n.start, n.start + 12))) return false;
    if (n.type !== 'required_parameter' && n.type !== 'optional_parameter' && n.type !== 'variable_declarator') return undefined;
    const name = field(n, 'pattern') ?? field(n, 'name');
    const type = field(n, 'type');
    // `const { db } = ctx` with `ctx: { db: Database }`, or `({ db }: { db: Database })`.
    for (const d of name?.type === 'object_pattern' ? destructuredTypes(n) : []) {
      const dk = out.has(d.name) ? undefined : index.typeClient(fileName, d.type, module);
      if (dk) out.set(d.name, dk);
    }
    if (name?.type !== 'identifier' || out.has(text(name))) return undefined;
    let k: ClientKind | undefined;
    if (type) k = index.typeClient(fileName, text(type).replace(/^:\s*/, ''), module);
    if (!k && n.type === 'variable_declarator') {
      const v = field(n, 'value');
      if (v && (v.type === 'call_expression' || v.type === 'new_expression' || v.type === 'await_expression')) k = index.valueClient(fileName, v, module);
    }
    if (k) out.set(text(name), k);
    return undefined;
  });
  return out;
}

/** Imported classes used under another name (`import { LeadModel as Lead }`, a barrel's `default as leads`): local → class name. */
export function classAliases(index: TsIndex, fileName: string, module: ModuleInfo): Map<string, string> {
  const out = new Map<string, string>();
  for (const [local, imp] of module.imports) {
    // `import { leads } from './models'` of a barrel's `export { default as leads } from './leads'`
    // names the class `Lead` too, though the import does not rename it.
    if (imp.imported === local && !imp.spec.startsWith('.')) continue;
    const r = index.resolveName(fileName, local, module);
    if (r?.kind === 'class' && r.cls.name !== local) out.set(local, r.cls.name);
    // `import { leads as leadsTable } from './schema'`: a model held in a value (a Drizzle table, a
    // Sequelize `define`) under another name.
    const declared = r?.kind === 'value' && r.node.parent?.type === 'variable_declarator' ? field(r.node.parent, 'name') : undefined;
    if (declared?.type === 'identifier' && text(declared) !== local && index.registry.all().some((m) => m.names.includes(text(declared)))) out.set(local, text(declared));
  }
  // Registry paths (`WIKI.models.leads` → `Lead`); a path to a function or an object names itself.
  for (const [path, name] of registryPaths(index, fileName, module)) out.set(path, name);
  // Members holding an Objection model class (`this.db.lead` of `this.lead = Lead.bindKnex(knex)`).
  for (const [path, name] of boundModelPaths(index, fileName, module)) if (!out.has(path)) out.set(path, name);
  return out;
}

/**
 * Whether a namespace import of a workspace module (`import type * as db from './db'`) names a client
 * type through one of the module's exports (`db.TDbClient`, `db.Knex`): parameters typed so are clients.
 */
function namespaceNamesClient(index: TsIndex, fileName: string, ns: string, module: ModuleInfo): boolean {
  const imp = module.imports.get(ns);
  const target = imp?.imported === '*' ? index.resolve(fileName, imp.spec) : undefined;
  const src = target ? index.textOf(target) : undefined;
  if (!target || !src) return false;
  const names = new Set([...(index.info(target)?.exports.keys() ?? []), ...[...src.matchAll(/\bexport\s+(?:declare\s+)?(?:type|interface|class)\s+([\w$]+)/g)].map((m) => m[1]!)]);
  return [...names].some((n) => index.typeClient(fileName, `${ns}.${n}`, module) !== undefined);
}
