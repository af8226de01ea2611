/**
 * Client types written as type expressions rather than names: `Database['readonly']` with
 * `type Database = ReturnType<typeof createConnection>` (a factory returning `{ primary, readonly }`
 * of Drizzle clients), `(typeof conn)['replica']`, `typeof db`. The type names the client held by
 * a property of an object a visible function returns (or a module constant holds).
 */
import { field, kids, text, unwrap, type Link, type N } from './ast';
import type { ModuleInfo } from './modinfo';
import type { ClientKind, TsIndex } from './workspace';
import { wrappedTypeClient } from './inherited-clients';
import { factoryClient } from './factory-clients';
import { namespaceModule } from './registry-paths';

const MAX_DEPTH = 4;

/** What `typeof name` reads: a name of the file, or `ns.name` of a namespace import (never a member of a value). */
function typeofName(index: TsIndex, file: string, name: string, info: ModuleInfo | undefined): ReturnType<TsIndex['resolveName']> {
  const [root, prop] = name.split('.');
  if (prop === undefined) return index.resolveName(file, root!, info);
  return namespaceModule(index, file, root!, info) ? index.resolveName(file, name, info) : undefined;
}

/** The client a type expression names, or undefined (also for plain names: the index reads those). */
export function typeExprClient(index: TsIndex, file: string, typeText: string, info: ModuleInfo | undefined, depth: number): ClientKind | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const t = typeText.trim();
  const wrapped = wrappedTypeClient(index, file, t, info, depth);
  if (wrapped) return wrapped;
  const indexed = /^(.+?)\s*\[\s*(['"])([\w$]+)\2\s*\]$/.exec(t);
  if (indexed) return propertyClient(index, file, indexed[1]!.replace(/^\((.*)\)$/, '$1'), indexed[3]!, info, depth + 1);
  const tq = /^typeof\s+([\w$]+(?:\.[\w$]+)?)$/.exec(t);
  if (tq) {
    const r = typeofName(index, file, tq[1]!, info);
    return r?.kind === 'client' ? r.client : undefined;
  }
  // `type Database = ReturnType<typeof createConnection>`: the client the factory returns.
  const rt = /^ReturnType\s*<\s*typeof\s+([\w$]+(?:\.[\w$]+)?)\s*>$/.exec(t);
  if (rt) {
    const r = typeofName(index, file, rt[1]!, info);
    return r?.kind === 'function' ? functionClient(index, r.file, r.node, depth + 1) : undefined;
  }
  // Drizzle's transaction type spelled from the client: `Parameters<Parameters<typeof db.transaction>[0]>[0]`.
  const tx = /^Parameters\s*<\s*Parameters\s*<\s*typeof\s+([\w$]+)\.transaction\s*>\s*\[\s*0\s*\]\s*>\s*\[\s*0\s*\]$/.exec(t);
  if (tx) {
    const r = index.resolveName(file, tx[1]!, info);
    return r?.kind === 'client' && r.client === 'drizzle' ? r.client : undefined;
  }
  return undefined;
}

/** The client the property `prop` of the object a type describes holds. */
function propertyClient(index: TsIndex, file: string, typeText: string, prop: string, info: ModuleInfo | undefined, depth: number): ClientKind | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const t = typeText.trim();
  const rt = /^ReturnType\s*<\s*typeof\s+([\w$]+)\s*>$/.exec(t);
  if (rt) {
    const r = index.resolveName(file, rt[1]!, info);
    if (r?.kind !== 'function') return undefined;
    const obj = returnedObject(r.node);
    const v = obj ? propertyValue(obj, prop) : undefined;
    return v ? localClient(index, r.file, r.node, v, depth + 1) : undefined;
  }
  const tq = /^typeof\s+([\w$]+)$/.exec(t);
  if (tq) {
    const r = index.resolveName(file, tq[1]!, info);
    const obj = r?.kind === 'value' ? unwrap(r.node) : undefined;
    const v = obj?.type === 'object' ? propertyValue(obj, prop) : undefined;
    return v && r?.kind === 'value' ? index.valueClient(r.file, v) : undefined;
  }
  if (!/^[\w$]+$/.test(t)) return undefined;
  const def = aliasDef(index, file, t, info);
  return def ? propertyClient(index, def.file, def.text, prop, undefined, depth + 1) : undefined;
}

/** `type Name = …` in this file or the module an import of `Name` comes from. */
function aliasDef(index: TsIndex, file: string, name: string, info: ModuleInfo | undefined): { file: string; text: string } | undefined {
  const imp = (info ?? index.info(file))?.imports.get(name);
  const target = imp ? index.resolve(file, imp.spec) : file;
  const local = imp ? imp.imported : name;
  const src = target && /^[\w$]+$/.test(local) ? index.textOf(target) : undefined;
  const def = src ? new RegExp(`^\\s*(?:export\\s+)?type\\s+${local.replace(/\$/g, '\\$')}\\s*=\\s*([^;\\n]+)`, 'm').exec(src) : undefined;
  return def && target ? { file: target, text: def[1]! } : undefined;
}

/** The object literal a function returns (its expression body or its last `return`). */
function returnedObject(fn: N): N | undefined {
  const body = field(fn, 'body');
  if (!body) return undefined;
  if (body.type !== 'statement_block') return unwrap(body)?.type === 'object' ? unwrap(body) : undefined;
  const last = kids(body).filter((k) => k.type !== '{' && k.type !== '}').pop();
  const e = last?.type === 'return_statement' ? unwrap(kids(last)[0]) : undefined;
  return e?.type === 'object' ? e : undefined;
}

function propertyValue(obj: N, prop: string): N | undefined {
  for (const c of kids(obj)) {
    if (c.type === 'shorthand_property_identifier' && text(c) === prop) return c;
    const key = c.type === 'pair' ? field(c, 'key') : undefined;
    if (key && text(key).replace(/^['"]|['"]$/g, '') === prop) return field(c, 'value');
  }
  return undefined;
}

/** The client an expression in `fn` holds: a client made there, a `const` of its body, or either arm of a ternary when both agree. */
function localClient(index: TsIndex, file: string, fn: N, v: N, depth: number): ClientKind | undefined {
  const u = unwrap(v);
  if (!u || depth > MAX_DEPTH + 4) return undefined;
  if (u.type === 'ternary_expression') {
    const a = localClient(index, file, fn, field(u, 'consequence')!, depth + 1);
    const b = localClient(index, file, fn, field(u, 'alternative')!, depth + 1);
    return a && a === b ? a : undefined;
  }
  if (u.type === 'identifier' || u.type === 'shorthand_property_identifier') {
    const body = field(fn, 'body');
    for (const st of body?.type === 'statement_block' ? kids(body) : []) {
      if (st.type !== 'lexical_declaration' || !/^const\b/.test(text(st))) continue;
      for (const d of kids(st)) {
        const n = field(d, 'name');
        const init = field(d, 'value');
        if (d.type === 'variable_declarator' && n?.type === 'identifier' && text(n) === text(u) && init) return localClient(index, file, fn, init, depth + 1);
      }
    }
  }
  return index.valueClient(file, u);
}

/**
 * The client a chain rooted at a call of a visible factory holds (Dittofeed's lazily memoised
 * `db().select()…`): the client the function returns, or the one its declared return type names.
 */
export function calledRootClient(links: readonly Link[], file: string, info: ModuleInfo | undefined, index: TsIndex): ClientKind | undefined {
  const r0 = links[0];
  const c = links[1];
  if (r0?.kind !== 'root' || c?.kind !== 'call' || c.args.length) return undefined;
  const r = index.resolveName(file, r0.name, info);
  if (r?.kind !== 'function') return undefined;
  return functionClient(index, r.file, r.node, 0);
}

/** The client a visible function returns (factory-clients.ts), or the one its declared return type names (a lazily memoised client). */
function functionClient(index: TsIndex, file: string, fn: N, depth: number): ClientKind | undefined {
  const made = factoryClient(index, file, fn, depth);
  if (made) return made;
  const rt = field(fn, 'return_type');
  return rt && depth < 8 ? index.typeClient(file, text(rt).replace(/^:\s*/, ''), undefined, depth + 1) : undefined;
}
