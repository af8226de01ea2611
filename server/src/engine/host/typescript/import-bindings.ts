/**
 * What one `import` statement binds, read from its tree: shared by the module reader (modinfo.ts)
 * and the readers that need a file's imports before any index exists (import-names.ts), so that
 * the statement's forms are read in one place. Depends on the tree helpers only.
 */
import { field, kids, stringValue, text, type N } from './ast';

export interface ImportBinding {
  readonly local: string;
  readonly spec: string;
  /** `default`, `*` (namespace) or the exported name. */
  readonly imported: string;
}

/** The bindings one `import` statement makes: default, namespace (`*`) and named imports, and `import x = require('y')`. */
export function importStatementBindings(st: N): ImportBinding[] {
  const out: ImportBinding[] = [];
  const spec = stringValue(field(st, 'source'));
  if (spec === undefined) return out;
  const clause = st.children.find((c) => c.type === 'import_clause');
  for (const c of clause ? kids(clause) : []) {
    if (c.type === 'identifier') out.push({ local: text(c), spec, imported: 'default' });
    else if (c.type === 'namespace_import') {
      const id = c.children.find((x) => x.type === 'identifier');
      if (id) out.push({ local: text(id), spec, imported: '*' });
    } else if (c.type === 'named_imports') {
      for (const s of kids(c)) {
        if (s.type !== 'import_specifier') continue;
        const name = field(s, 'name');
        const alias = field(s, 'alias');
        if (name) out.push({ local: text(alias ?? name), spec, imported: stringValue(name) ?? text(name) });
      }
    }
  }
  // `import x = require('y')`.
  const req = st.children.find((c) => c.type === 'import_require_clause');
  if (req) {
    const id = req.children.find((x) => x.type === 'identifier');
    const s = stringValue(req.children.find((x) => x.type === 'string'));
    if (id && s !== undefined) out.push({ local: text(id), spec: s, imported: 'default' });
  }
  return out;
}
