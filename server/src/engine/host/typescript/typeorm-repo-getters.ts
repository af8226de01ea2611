/**
 * Repository getters (Activepieces' `export const leadRepo = repoFactory(LeadEntity)` with `repoFactory = (entity) =>
 * (em?) => em ? em.getRepository(entity) : ds.getRepository(entity)`, or `const leadRepo = () => ds.getRepository(Lead)`):
 * a call of the getter (`leadRepo().findOneBy(…)`, `leadRepo(em).delete(…)`) is a repository of that entity. Keys are
 * `getter <name>` (a space, so no identifier collides) for the names a file declares or imports.
 */
import { dottedName, field, FUNCTION_NODES, kids, text, unwrap, visit, type N } from './ast';
import { repositoryTarget } from './entities';
import { paramNames } from './inline';
import type { ModuleInfo } from './modinfo';
import type { TsIndex } from './workspace';

/** What a function may return: its expression body or each `return`, both arms of a ternary. */
function returned(fn: N): N[] {
  const body = field(fn, 'body');
  if (!body) return [];
  const out: N[] = [];
  const add = (e: N | undefined): void => {
    const u = unwrap(e);
    if (u?.type === 'ternary_expression') {
      add(field(u, 'consequence'));
      add(field(u, 'alternative'));
    } else if (u) out.push(u);
  };
  if (body.type !== 'statement_block') add(body);
  else {
    visit(body, (n) => {
      if (n !== body && FUNCTION_NODES.has(n.type)) return false;
      if (n.type === 'return_statement') add(kids(n)[0]);
      return undefined;
    });
  }
  return out;
}

/** `<any client>.getRepository(X)` (`databaseConnection().getRepository(entity)` too): the name `X`. */
function repositoryName(e: N): string | undefined {
  const fn = e.type === 'call_expression' ? unwrap(field(e, 'function')) : undefined;
  const prop = fn?.type === 'member_expression' ? text(field(fn, 'property') ?? fn) : fn?.type === 'identifier' ? text(fn) : undefined;
  if (prop !== 'getRepository') return undefined;
  const d = dottedName(repositoryTarget(kids(field(e, 'arguments') ?? e)));
  return d ? d[d.length - 1] : undefined;
}

/** The one name every return of a getter passes to `getRepository` (an entity, or the factory's parameter). */
function repositoryOf(fn: N): string | undefined {
  const names = new Set(returned(fn).map((e) => repositoryName(e) ?? ''));
  return names.size === 1 && !names.has('') ? [...names][0] : undefined;
}

/** The entity a getter name stands for, read where it is declared. */
function getterEntity(index: TsIndex, file: string, name: string, info?: ModuleInfo): string | undefined {
  const r = index.resolveName(file, name, info);
  if (r?.kind === 'function') return repositoryOf(r.node);
  const v = r?.kind === 'value' ? unwrap(r.node) : undefined;
  const callee = v?.type === 'call_expression' ? unwrap(field(v, 'function')) : undefined;
  if (!v || r?.kind !== 'value' || callee?.type !== 'identifier') return undefined;
  // `repoFactory(LeadEntity)`: the factory returns a getter of its own parameter.
  const f = index.resolveName(r.file, text(callee));
  if (f?.kind !== 'function') return undefined;
  const inner = returned(f.node);
  if (inner.length !== 1 || !FUNCTION_NODES.has(inner[0]!.type)) return undefined;
  const p = repositoryOf(inner[0]!);
  const at = p ? paramNames(f.node).indexOf(p) : -1;
  const arg = at >= 0 ? unwrap(kids(field(v, 'arguments') ?? v)[at]) : undefined;
  return arg?.type === 'identifier' ? text(arg) : undefined;
}

/** A repository method called on a call's result (`leadRepo().findOneBy(`, `repo(em).delete(`): the called name. */
const GETTER_CALL = /(?<![\w$.])([\w$]+)\([^()]*\)\s*\.\s*(?:find|count|update|delete|softDelete|restore|createQueryBuilder|save|remove|insert|upsert|exist|increment|decrement|sum|average|minimum|maximum)\w*\s*\(/g;

/** `getter <name>` → entity for the names `file` declares or imports and calls for a repository, that are repository getters. */
export function repositoryGetters(index: TsIndex, file: string, info: ModuleInfo, src: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of new Set([...src.matchAll(GETTER_CALL)].map((m) => m[1]!))) {
    if (!info.imports.has(name) && !info.locals.has(name)) continue;
    const e = getterEntity(index, file, name, info);
    if (e) out.set(`getter ${name}`, e);
  }
  return out;
}
