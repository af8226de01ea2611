/**
 * The names a file gives a package's export when it does not write the export's own name: a
 * renamed import (`import { sql as rawSql } from 'kysely'`, `const { knexSnakeCaseMappers: snake }
 * = require('objection')`) or a namespace or default import (`import * as k from 'kysely'`, read
 * as `k.sql`). Text tests and tag checks that recognise a package's export by its name ask here
 * for the other names it has in the file, so that an import style never changes a verdict.
 */
import type { N } from './ast';
import { moduleInfo, type ImportBinding } from './modinfo';

const byRoot = new WeakMap<N, readonly ImportBinding[]>();

/** While a file is scanned statement by statement (scan.ts), the whole file's imports for the roots of its statements. */
const partsOf: ((root: N) => readonly ImportBinding[] | undefined)[] = [];

/** Runs `f` with `imports` answering for the statements (`roots`) of a file read in parts. */
export function withFileImports<T>(roots: ReadonlySet<N>, imports: readonly ImportBinding[], f: () => T): T {
  partsOf.push((root) => (roots.has(root) ? imports : undefined));
  try {
    return f();
  } finally {
    partsOf.pop();
  }
}

/** The import bindings of the file a node belongs to (a whole file's tree is read once). */
export function importsAt(n: N): readonly ImportBinding[] {
  let root = n;
  while (root.parent) root = root.parent;
  const part = partsOf[partsOf.length - 1]?.(root);
  if (part) return part;
  if (root.type !== 'program') return [];
  let b = byRoot.get(root);
  if (!b) byRoot.set(root, (b = [...moduleInfo(root).imports.values()]));
  return b;
}

/**
 * Every name export `exported` of a package `spec` accepts has in a file with these imports: the
 * export's own name first (code that does not import it, or a global, keeps working as before),
 * then the local names of renamed imports, then `ns.exported` for namespace and default imports.
 */
export function namesOfExport(imports: Iterable<ImportBinding>, spec: (s: string) => boolean, exported: string): string[] {
  const out = [exported];
  for (const b of imports) {
    if (!spec(b.spec)) continue;
    if (b.imported === exported && b.local !== exported) out.push(b.local);
    else if (b.imported === '*' || b.imported === 'default') out.push(`${b.local}.${exported}`);
  }
  return out;
}

/** A regular-expression alternation of `names` (spaces allowed around the dots of a dotted name). */
export function namesPattern(names: readonly string[]): string {
  return names.map((n) => n.split('.').map((p) => p.replace(/\$/g, '\\$')).join('\\s*\\.\\s*')).join('|');
}

/** Whether the text of a reference (`sql`, `k.sql`, `k . sql`) is one of `names`. */
export function isOneOf(ref: string, names: readonly string[]): boolean {
  const r = ref.replace(/\s+/g, '');
  return names.includes(r);
}
