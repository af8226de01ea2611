/**
 * The name a class has in the module that declares it, read from the referring file's own import
 * statements (no index): `AgentOutput` for `OutputEntity` of `import { AgentOutput as OutputEntity }`,
 * and for `entities.AgentOutput` of `import * as entities`. Model extraction reads relation and
 * association targets by class name before any index exists, so a renamed or namespace import must
 * not hide the model a decorator or `hasMany` call names.
 */
import { dottedName, kids, unwrap, type N } from './ast';
import { importStatementBindings } from './import-bindings';

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
    // Only namespaces and renamed named imports change the name a class is read by.
    for (const b of importStatementBindings(st)) if (b.imported === '*' || (b.imported !== 'default' && b.imported !== b.local)) m.set(b.local, b.imported);
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
