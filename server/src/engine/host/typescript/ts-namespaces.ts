/**
 * TypeScript namespaces (`export namespace LeadOps { export function buildWhere(…) {…} }`): a
 * module-level object whose exported members are reached by a dotted path (`LeadOps.buildWhere`),
 * as Grouparoo's `modules/ops` write their query helpers. Only `export`ed members are visible
 * outside the namespace, so only those are looked up.
 */
import { field, kids, text, type N } from './ast';
import { classInfo, type ClassInfo } from './modinfo';

export type NamespaceMember = { readonly kind: 'function'; readonly node: N } | { readonly kind: 'class'; readonly cls: ClassInfo } | { readonly kind: 'value'; readonly node: N };

/** The `namespace X { … }` declared by a top-level statement, exported or not. */
export function namespaceDeclaration(st: N): N | undefined {
  if (st.type === 'internal_module' || st.type === 'module') return st;
  const inner = st.type === 'expression_statement' ? kids(st)[0] : undefined;
  return inner?.type === 'internal_module' ? inner : undefined;
}

/** The exported member `name` of a namespace declaration. */
export function namespaceMember(ns: N, name: string): NamespaceMember | undefined {
  const body = field(ns, 'body') ?? ns.children.find((c) => c.type === 'statement_block');
  for (const st of body ? kids(body) : []) {
    if (st.type !== 'export_statement') continue;
    const d = field(st, 'declaration') ?? kids(st)[0];
    if (!d) continue;
    if ((d.type === 'function_declaration' || d.type === 'generator_function_declaration') && text(field(d, 'name') ?? d) === name) return { kind: 'function', node: d };
    if ((d.type === 'class_declaration' || d.type === 'abstract_class_declaration') && text(field(d, 'name') ?? d) === name) {
      const cls = classInfo(d);
      return cls ? { kind: 'class', cls } : undefined;
    }
    const inner = namespaceDeclaration(d);
    if (inner && text(field(inner, 'name') ?? inner) === name) return { kind: 'value', node: inner };
    if (d.type !== 'lexical_declaration' && d.type !== 'variable_declaration') continue;
    for (const v of kids(d)) {
      const n = field(v, 'name');
      const value = field(v, 'value');
      if (v.type === 'variable_declarator' && n?.type === 'identifier' && text(n) === name && value) return { kind: 'value', node: value };
    }
  }
  return undefined;
}

/** The exported function `name` of a namespace declaration. */
export function namespaceFunction(ns: N, name: string): N | undefined {
  const m = namespaceMember(ns, name);
  return m?.kind === 'function' ? m.node : undefined;
}
