/**
 * The name a class has in the module that declares it, read from the referring file's own import
 * statements (no index): `AgentOutput` for `OutputEntity` of `import { AgentOutput as OutputEntity }`,
 * and for `entities.AgentOutput` of `import * as entities`. Model extraction reads relation and
 * association targets by class name before any index exists, so a renamed or namespace import must
 * not hide the model a decorator or `hasMany` call names.
 */
import { dottedName, field, kids, stringValue, text, unwrap, type N } from './ast';

/** Local name → imported name (`*` for a namespace) of a program's imports, once per program. */
const byProgram = new WeakMap<N, Map<string, string>>();

function programOf(n: N): N {
  let cur = n;
  while (cur.parent) cur = cur.parent;
  return cur;
}

function importsOf(program: N): Map<string, string> {
  let m = byProgram.get(program);
  if (m) return m;
  m = new Map();
  for (const st of kids(program)) {
    if (st.type !== 'import_statement') continue;
    const clause = st.children.find((c) => c.type === 'import_clause');
    for (const c of clause ? kids(clause) : []) {
      if (c.type === 'namespace_import') {
        const id = c.children.find((x) => x.type === 'identifier');
        if (id) m.set(text(id), '*');
      } else if (c.type === 'named_imports') {
        for (const s of kids(c)) {
          const name = s.type === 'import_specifier' ? field(s, 'name') : undefined;
          const alias = s.type === 'import_specifier' ? field(s, 'alias') : undefined;
          if (name && alias) m.set(text(alias), stringValue(name) ?? text(name));
        }
      }
    }
  }
  byProgram.set(program, m);
  return m;
}

/**
 * The declared class name a reference stands for (`X`, `ns.X`): the imported name of a renamed
 * import, the member of a namespace import, else the reference's last name as written.
 */
export function declaredName(n: N | undefined): string | undefined {
  const u = unwrap(n);
  const d = dottedName(u);
  return u && d ? declaredNameAt(u, d.join('.')) : undefined;
}

/** `declaredName` of a name written as text (a type argument) in the file of `at`. */
export function declaredNameAt(at: N, written: string): string {
  const d = written.split('.');
  if (d.length > 1) return d[d.length - 1]!;
  const imported = importsOf(programOf(at)).get(written);
  return imported && imported !== '*' ? imported : written;
}
