/**
 * Pagination libraries that run the statement they are given: fastapi-pagination's
 * `paginate(query, params)` (a legacy `Query`) and `paginate(session, select(…), params)` (a
 * `Select`), imported from one of its SQLAlchemy extensions; the page classes of `paginate` /
 * `webhelpers.paginate` / `paginate_sqlalchemy` (`Page(query, page=…)`, `SqlalchemyOrmPage(query,
 * …)`, `SqlalchemySelectPage(session, stmt, …)`) and an application's subclass of one of them;
 * sqlakeyset's `get_page(query, …)` / `select_page(session, stmt, …)`. Each sends a `count(*)` of
 * the statement or its first page, so the statement's WHERE decides the pruning.
 */
import { callArgs, field, named, type PyNode, type PyTree, textOf } from './ast';
import type { ClassInfo } from './summaries';
import type { PythonIndex } from './workspace';

const FASTAPI = /^fastapi_pagination\.ext\.(?:sqlalchemy|sqlalchemy_future|async_sqlalchemy|sqlmodel)\.paginate$/;
/** Library callables by dotted origin: where the statement is (`first`: the legacy `Query` first; `second`: a session, then a `Select`). */
const PAGERS = new Map<string, 'first' | 'second'>([
  ['paginate.Page', 'first'],
  ['webhelpers.paginate.Page', 'first'],
  ['paginate_sqlalchemy.SqlalchemyOrmPage', 'first'],
  ['paginate_sqlalchemy.SqlalchemySelectPage', 'second'],
  ['sqlakeyset.get_page', 'first'],
  ['sqlakeyset.select_page', 'second'],
]);

const importsByTree = new WeakMap<PyTree, Map<string, string>>();

/** Names bound by the file's imports → the dotted origin (`from a.b import C as D` → D: a.b.C; `import a.b` → a: a). */
function origins(t: PyTree): Map<string, string> {
  let m = importsByTree.get(t);
  if (m) return m;
  importsByTree.set(t, (m = new Map()));
  for (const stmt of named(t.root)) {
    if (stmt.type === 'import_from_statement') {
      const mod = field(stmt, 'module_name');
      if (!mod || textOf(t, mod).startsWith('.')) continue;
      for (const c of stmt.children) {
        if (c.field !== 'name') continue;
        if (c.type === 'dotted_name') m.set(textOf(t, c), `${textOf(t, mod)}.${textOf(t, c)}`);
        else if (c.type === 'aliased_import' && field(c, 'alias') && field(c, 'name')) m.set(textOf(t, field(c, 'alias')!), `${textOf(t, mod)}.${textOf(t, field(c, 'name')!)}`);
      }
    } else if (stmt.type === 'import_statement') {
      for (const c of named(stmt)) {
        if (c.type === 'dotted_name') m.set(textOf(t, c).split('.')[0]!, textOf(t, c).split('.')[0]!);
        else if (c.type === 'aliased_import' && field(c, 'alias') && field(c, 'name')) m.set(textOf(t, field(c, 'alias')!), textOf(t, field(c, 'name')!));
      }
    }
  }
  return m;
}

/** The dotted origin of a name or attribute chain written in `t` (`Page` → `paginate.Page`), or undefined. */
export function originOf(t: PyTree, written: string): string | undefined {
  const [head, ...rest] = written.split('.');
  const o = origins(t).get(head!);
  return o ? [o, ...rest].join('.') : undefined;
}

/** The statement of a call shaped by `how`, and whether it is a legacy `Query`. */
function argumentOf(t: PyTree, call: PyNode, how: 'first' | 'second'): { target: PyNode; legacy: boolean } | undefined {
  const { positional, keywords } = callArgs(t, call);
  if (how === 'second') {
    const s = keywords.get('selectable') ?? positional[1];
    return s ? { target: s, legacy: false } : undefined;
  }
  const q = keywords.get('collection') ?? keywords.get('query') ?? keywords.get('q') ?? positional[0];
  return q ? { target: q, legacy: true } : undefined;
}

/** The statement a pagination call runs and whether it is a legacy `Query`, or undefined. */
export function paginatedStatement(t: PyTree, call: PyNode): { target: PyNode; legacy: boolean } | undefined {
  const fn = field(call, 'function');
  if (fn?.type !== 'identifier' && fn?.type !== 'attribute') return undefined;
  const origin = originOf(t, textOf(t, fn));
  if (!origin) return undefined;
  const how = PAGERS.get(origin);
  if (how) return argumentOf(t, call, how);
  if (!FASTAPI.test(origin)) return undefined;
  const { positional, keywords } = callArgs(t, call);
  const query = keywords.get('query');
  if (query) return { target: query, legacy: false };
  // `paginate(session, stmt, params)`: the connection first; `paginate(query, params)`: the query alone.
  const second = positional[1];
  if (second && !/params$/i.test(textOf(t, second))) return { target: second, legacy: false };
  return positional[0] ? { target: positional[0], legacy: true } : undefined;
}

/** Whether the class derives (through visible classes) from a library page class taking the `Query` first. */
function pagerClass(py: PythonIndex, cls: ClassInfo, depth = 0): boolean {
  if (depth > 5) return false;
  return cls.bases.some((b) => {
    if (PAGERS.get(originOf(cls.unit.tree, b) ?? '') === 'first') return true;
    const base = py.classNamed(cls.unit.file, b);
    return base !== undefined && base !== cls && pagerClass(py, base, depth + 1);
  });
}

/** `Page(query, page=p)` where `Page` is the application's subclass of a library page class: the query it runs. */
export function appPagerStatement(py: PythonIndex, t: PyTree, file: string | undefined, call: PyNode): { target: PyNode; legacy: boolean } | undefined {
  const fn = field(call, 'function');
  if (!file || (fn?.type !== 'identifier' && fn?.type !== 'attribute')) return undefined;
  const cls = py.classNamed(file, textOf(t, fn));
  return cls && pagerClass(py, cls) ? argumentOf(t, call, 'first') : undefined;
}
