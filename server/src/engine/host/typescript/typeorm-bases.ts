/**
 * TypeORM entities that inherit columns from a base class (`class Lead extends VendureEntity`, where the abstract
 * `VendureEntity` declares `@CreateDateColumn({ name: 'created_at' }) createdAt`): TypeORM maps the inherited
 * properties as the entity's own, so a query on `createdAt` reads `created_at`. The base usually lives in another
 * file and has no `@Entity`, so its columns are learned separately and merged when an entity is looked up.
 */
import { field, kids, text, unwrap, visit, type N } from './ast';
import type { ModelInfo } from './models';
import { declaredName } from './import-names';

export interface TypeormBase {
  readonly columns: ReadonlyMap<string, string>;
  readonly relations: ReadonlySet<string>;
  readonly targets: ReadonlyMap<string, string>;
  readonly primaryKey: readonly string[];
  readonly base?: string;
}

interface Inheriting {
  readonly framework: string;
  readonly columns: ReadonlyMap<string, string>;
  readonly relations: ReadonlySet<string>;
  readonly relationTargets?: ReadonlyMap<string, string>;
  readonly primaryKey?: readonly string[];
  readonly typeormBase?: string;
}

/** The plain class name a class extends (`extends VendureEntity`), if any. */
export function classBaseName(cls: N): string | undefined {
  const heritage = cls.children.find((c) => c.type === 'class_heritage');
  const ext = heritage?.children.find((c) => c.type === 'extends_clause');
  const v = unwrap(ext ? (field(ext, 'value') ?? kids(ext)[0]) : undefined);
  // `extends BaseModel` of `import { VendureEntity as BaseModel }`, or `extends base.VendureEntity`: named as declared.
  return v?.type === 'identifier' || v?.type === 'member_expression' ? declaredName(v) : undefined;
}

/** Cheap test whether a file may declare a TypeORM base class with columns. */
export function mayDeclareTypeormBases(src: string): boolean {
  return /@(?:Primary\w*|CreateDate|UpdateDate|DeleteDate|Version)?Column\s*\(/.test(src);
}

/** Classes of a file that declare TypeORM columns without being entities themselves, by name. */
export function typeormBases(root: N, members: (cls: N) => Omit<TypeormBase, 'base'>, isEntity: (cls: N) => boolean): Map<string, TypeormBase> {
  const out = new Map<string, TypeormBase>();
  visit(root, (n) => {
    if (n.type !== 'class_declaration' && n.type !== 'abstract_class_declaration' && n.type !== 'class') return;
    const name = field(n, 'name');
    if (!name || isEntity(n)) return;
    const m = members(n);
    if (m.columns.size === 0 && m.relations.size === 0) return;
    const base = classBaseName(n);
    out.set(text(name), { ...m, ...(base ? { base } : {}) });
  });
  return out;
}

/**
 * The entity with the columns of its bases added (its own declarations win). A base name that several files declare
 * is ambiguous and adds nothing; the walk stops at a cycle or after a few levels.
 */
export function withInheritedColumns<M extends Inheriting>(m: M, lookup: (name: string) => TypeormBase | undefined): M {
  if (m.framework !== 'typeorm' || !m.typeormBase) return m;
  const columns = new Map<string, string>();
  const relations = new Set<string>(m.relations);
  const targets = new Map<string, string>(m.relationTargets ?? []);
  const primaryKey = [...(m.primaryKey ?? [])];
  const seen = new Set<string>();
  let name: string | undefined = m.typeormBase;
  const chain: TypeormBase[] = [];
  while (name && !seen.has(name) && seen.size < 8) {
    seen.add(name);
    const b = lookup(name);
    if (!b) break;
    chain.push(b);
    name = b.base;
  }
  if (chain.length === 0) return m;
  // Nearest declarations win: apply the farthest base first, the entity's own last.
  for (const b of chain.reverse()) {
    for (const [k, v] of b.columns) columns.set(k, v);
    for (const r of b.relations) relations.add(r);
    for (const [k, v] of b.targets) if (!targets.has(k)) targets.set(k, v);
    if (primaryKey.length === 0) primaryKey.push(...b.primaryKey);
  }
  for (const [k, v] of m.columns) columns.set(k, v);
  return { ...m, columns, relations, relationTargets: targets, ...(primaryKey.length ? { primaryKey } : {}) };
}

/** What a TypeORM entity declares, decorated class or `EntitySchema` alike. */
export interface TypeormParts {
  readonly columns: Map<string, string>;
  readonly relations: Set<string>;
  readonly targets: Map<string, string>;
  readonly primaryKey: string[];
  readonly schema?: string | undefined;
  readonly base?: string | undefined;
}

/** The one shape of a TypeORM entity's model, named `name` and stored in `table`. */
export function typeormModel(name: string, table: string, p: TypeormParts): ModelInfo {
  return {
    framework: 'typeorm',
    names: [name],
    modelName: name,
    table,
    columns: p.columns,
    relations: p.relations,
    compoundKeys: new Map(),
    relationTargets: p.targets,
    naming: 'as-is',
    ...(p.schema !== undefined ? { schema: p.schema } : {}),
    ...(p.primaryKey.length ? { primaryKey: p.primaryKey } : {}),
    ...(p.base ? { typeormBase: p.base } : {}),
  };
}
