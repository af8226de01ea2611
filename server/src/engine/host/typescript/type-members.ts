/**
 * Property types of interfaces and object type aliases, across files: what an indexed access type
 * names (`IUnleashStores['leadStore']`, the way Unleash, Backstage and most container-based apps
 * type a service's dependencies), so a field typed that way is the class the interface declares.
 */
import { field, kids, text, type N } from './ast';
import type { ModuleInfo } from './modinfo';
import type { TsIndex } from './workspace';

const MAX_DEPTH = 4;
const DECLS = new Set(['interface_declaration', 'type_alias_declaration']);

/** `X['k']` / `X["k"]` (spaces allowed): the type's name and the key; undefined for anything else. */
export function indexedAccess(typeText: string): { type: string; key: string } | undefined {
  const m = /^\s*([\w$]+)\s*\[\s*(['"])([\w$]+)\2\s*\]\s*$/.exec(typeText);
  return m ? { type: m[1]!, key: m[3]! } : undefined;
}

/** The top-level interface or type alias `name` of a module (exported or not). */
function declaration(root: N, name: string): N | undefined {
  for (const st of kids(root)) {
    const d = st.type === 'export_statement' ? kids(st).find((c) => DECLS.has(c.type)) : DECLS.has(st.type) ? st : undefined;
    if (d && text(field(d, 'name') ?? d) === name) return d;
  }
  return undefined;
}

/** The declaration a type name of `file` stands for, following imports and re-exports. */
function typeDeclaration(index: TsIndex, file: string, name: string, info: ModuleInfo | undefined): { file: string; node: N } | undefined {
  const m = info ?? index.info(file);
  if (!m) return undefined;
  // `deps.TLeadDAL` through a namespace import (`import type * as deps from './deps'`): the module's own name.
  const dot = /^([\w$]+)\.([\w$]+)$/.exec(name);
  if (dot) {
    const ns = m.imports.get(dot[1]!);
    const target = ns?.imported === '*' ? index.resolve(file, ns.spec) : undefined;
    return target ? typeDeclaration(index, target, dot[2]!, undefined) : undefined;
  }
  const imp = m.imports.get(name);
  if (!imp) {
    const d = declaration(m.root, name);
    return d ? { file, node: d } : undefined;
  }
  const target = index.resolve(file, imp.spec);
  if (!target || imp.imported === '*') return undefined;
  // Module records list value exports only: a type is looked up where it is named, then through re-exports.
  const ex = index.resolveExport(target, imp.imported) ?? { file: target, local: imp.imported };
  const tinfo = index.info(ex.file);
  const d = tinfo ? declaration(tinfo.root, ex.local) : undefined;
  return d ? { file: ex.file, node: d } : undefined;
}

/** What a type alias `name` of `file` stands for (its text, and the file it is written in). */
export function typeAliasText(index: TsIndex, file: string, name: string): { file: string; type: string } | undefined {
  const d = typeDeclaration(index, file, name, undefined);
  const v = d?.node.type === 'type_alias_declaration' ? field(d.node, 'value') : undefined;
  return d && v ? { file: d.file, type: text(v) } : undefined;
}

/** The declared type (text, and the file it is written in) of property `key` of interface or object type `name`. */
export function memberType(index: TsIndex, file: string, name: string, key: string, info?: ModuleInfo, depth = 0): { file: string; type: string } | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const d = typeDeclaration(index, file, name, info);
  if (!d) return undefined;
  const body = field(d.node, d.node.type === 'interface_declaration' ? 'body' : 'value');
  if (body?.type === 'object_type' || body?.type === 'interface_body') {
    for (const p of kids(body)) {
      if (p.type !== 'property_signature' || text(field(p, 'name') ?? p) !== key) continue;
      const t = field(p, 'type');
      return t ? { file: d.file, type: text(t).replace(/^\s*:\s*/, '') } : undefined;
    }
  }
  // `interface IStores extends IBaseStores`: the key may be declared by the interface it extends.
  for (const c of d.node.type === 'interface_declaration' ? kids(d.node) : []) {
    if (c.type !== 'extends_type_clause') continue;
    for (const b of kids(c)) {
      const r = /^\s*([\w$]+)\s*$/.exec(text(b)) ? memberType(index, d.file, text(b).trim(), key, undefined, depth + 1) : undefined;
      if (r) return r;
    }
  }
  return undefined;
}
