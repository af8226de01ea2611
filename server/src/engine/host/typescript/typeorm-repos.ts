/**
 * Custom TypeORM repository classes used from outside (n8n's `@Service() class LeadRepository
 * extends Repository<Lead>`): a field, parameter or local typed with such a class, or obtained from
 * a container by it (`Container.get(LeadRepository)`, TypeORM 0.2's `manager.getCustomRepository(X)`), is a repository of its entity, inherited
 * `find`/`delete` included. The class may live in any indexed file.
 */
import { field, kids, text, unwrap, visit, type N } from './ast';
import type { ModuleInfo } from './modinfo';
import type { TsIndex } from './workspace';
import { repositoryAliasEntity } from './typeorm-repo-aliases';
import { declaredNameAt } from './import-names';

const EXTENDS_REPOSITORY = /^\s*extends\s+(?:Repository|TreeRepository)\s*<\s*((?:[\w$]+\s*\.\s*)*[\w$]+)\s*>/;

/** The entity a custom repository's heritage names, as its file declares it (import-names.ts). */
function extendedEntity(heritage: N): string | undefined {
  const e = EXTENDS_REPOSITORY.exec(text(heritage))?.[1];
  return e ? declaredNameAt(heritage, e.replace(/\s/g, '')) : undefined;
}
const CONTAINER_GETS = new Set(['get', 'resolve', 'getInstance', 'getCustomRepository']);

/** The class a container call asks for (`Container.get(LeadRepository)`, `moduleRef.get(X)`), if any. */
function containerClass(v: N | undefined): string | undefined {
  const u = unwrap(v);
  const fn = u?.type === 'call_expression' ? field(u, 'function') : undefined;
  if (fn?.type !== 'member_expression' || !CONTAINER_GETS.has(text(field(fn, 'property') ?? fn))) return undefined;
  const args = kids(field(u!, 'arguments') ?? u!);
  // `Container.get(repositories.LeadRepository)` of a namespace import: the path, which the index resolves.
  return args.length === 1 && (args[0]!.type === 'identifier' || /^[\w$]+(?:\.[\w$]+)+$/.test(text(args[0]!))) ? text(args[0]!) : undefined;
}

/**
 * Names of this file that hold a custom repository → its entity. `class <Name>` keys (with a
 * space, so no identifier collides) stand for `Container.get(<Name>)` written inside a chain.
 */
export function customRepositories(index: TsIndex, file: string, info: ModuleInfo, root: N): Map<string, string> {
  const out = new Map<string, string>();
  const known = new Map<string, string | undefined>();
  const entityOf = (t: string | undefined): string | undefined => {
    if (!t) return undefined;
    if (!known.has(t)) {
      const r = index.resolveName(file, t, info);
      const heritage = r?.kind === 'class' ? r.cls.node.children.find((c) => c.type === 'class_heritage') : undefined;
      known.set(t, heritage ? extendedEntity(heritage) : r === undefined ? repositoryAliasEntity(index, file, t, info) : undefined);
    }
    return known.get(t);
  };
  // A type may name the class through a namespace import (`repositories.LeadRepository`).
  const typeName = (t: string | undefined): string | undefined => (t ? /^\s*:?\s*([\w$]+(?:\.[\w$]+)*)\s*$/.exec(t)?.[1] : undefined);
  for (const cls of info.classes.values()) {
    for (const [name, f] of cls.fields) {
      const e = entityOf(typeName(f.type)) ?? entityOf(containerClass(f.init));
      if (e) out.set(name, e);
    }
  }
  visit(root, (n) => {
    if (n.type === 'required_parameter' || n.type === 'optional_parameter') {
      const p = field(n, 'pattern');
      const e = p?.type === 'identifier' ? entityOf(typeName(text(field(n, 'type') ?? p))) : undefined;
      if (e && !out.has(text(p!))) out.set(text(p!), e);
    } else if (n.type === 'variable_declarator') {
      const p = field(n, 'name');
      const t = field(n, 'type');
      const e = p?.type === 'identifier' ? (t ? entityOf(typeName(text(t))) : entityOf(containerClass(field(n, 'value')))) : undefined;
      if (e && !out.has(text(p!))) out.set(text(p!), e);
    } else if (n.type === 'call_expression') {
      const c = containerClass(n);
      const e = entityOf(c);
      if (c && e) out.set(`class ${c}`, e);
    }
  });
  return out;
}
