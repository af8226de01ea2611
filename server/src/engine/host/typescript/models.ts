/**
 * Models → tables → columns for the TypeScript ORMs, learned from workspace files:
 * Prisma (`schema.prisma`), Drizzle (`pgTable`, `pgSchema(…).table`), Sequelize (`define`,
 * `Model.init`) and TypeORM (`@Entity`, `@Column`). Kysely and Knex name tables and columns
 * as written, so they need nothing here.
 */
import { field, kids, stringValue, text, unwrap, dottedName, visit, flattenChain, type Link, type N } from './ast';
import { tableCreator } from './drizzle-table-creators';
import { objectionEntity } from './objection-models';
import { decoratedModels, decorationsSignature, type FileDecorations } from './objection-table-decorators';
import { objectProps } from './values';
import { declaredName } from './import-names';
import { parsePrismaSchema, prismaAccessor } from './prisma-schema';
import { sequelizeDefine, sequelizeDefineCall, sequelizeDefinitionModel, sequelizeInit, sequelizePlainModel, sequelizeTypescriptModel, type SequelizeAssociation, type SequelizeDefaults } from './models-sequelize';

import { typeormEntitySchema } from './typeorm-entity-schema';
import { classBaseName, typeormBases, typeormModel, withInheritedColumns, type TypeormBase } from './typeorm-bases';

import type { SequelizeAlias } from './models-sequelize-registry';

export { sequelizeAssociations, sequelizeDefaults, sequelizePluralize, type SequelizeAssociation, type SequelizeDefaults } from './models-sequelize';

export type Framework = 'prisma' | 'drizzle' | 'sequelize' | 'typeorm' | 'objection';

export interface ModelInfo {
  readonly framework: Framework;
  /** Names queries use: Prisma accessor (`agentOutput`), Drizzle const, Sequelize model/variable, TypeORM class. */
  readonly names: readonly string[];
  /** The model's own name (Prisma model, Sequelize modelName, TypeORM class, Drizzle const). */
  readonly modelName: string;
  readonly table: string;
  readonly schema?: string;
  /** Property → column. */
  readonly columns: ReadonlyMap<string, string>;
  /** Properties that are relations (no column of their own). */
  readonly relations: ReadonlySet<string>;
  /** Prisma compound unique inputs (`id_createdAt`) → their fields. */
  readonly compoundKeys: ReadonlyMap<string, readonly string[]>;
  /** How an unknown property maps to a column. */
  readonly naming: 'as-is' | 'snake';
  /** Prisma: relation field → the model it points to. */
  readonly relationTargets?: ReadonlyMap<string, string>;
  /** Prisma: parent model name → the fields of this model that reference it (`@relation(fields: …)`). */
  readonly foreignKeys?: ReadonlyMap<string, readonly string[]>;
  /** Prisma: relation field holding the key here → the fields of the other model it references. */
  readonly references?: ReadonlyMap<string, readonly string[]>;
  /** Sequelize: the same model under global `define` defaults (the registry applies them). */
  readonly withDefaults?: (d: SequelizeDefaults) => ModelInfo;
  /** Objection `static modifiers`: name → the calls it makes on the builder it is given. */
  readonly modifiers?: ReadonlyMap<string, readonly Link[]>;
  /** Sequelize / TypeORM: the primary-key properties (Sequelize: `id` when none is declared). */
  readonly primaryKey?: readonly string[];
  /** Sequelize: named scopes (an object, or a function returning one) and the default scope. */
  readonly scopes?: ReadonlyMap<string, N>;
  readonly defaultScope?: N;
  /** Sequelize: static methods of the model class that return one instance of it (`static loadById(id) { return Lead.findByPk(id) }`). */
  readonly loaders?: ReadonlySet<string>;
  /** Sequelize: static methods the model class declares itself (an own `findByPk` replaces Sequelize's). */
  readonly ownStatics?: ReadonlySet<string>;
  /** Objection: instance getters that return a query (`get authorizedLeads() { return this.$relatedQuery('leads') }`), objection-getters.ts. */
  readonly queryGetters?: ReadonlySet<string>;
  /** Relations that join another table: name → that table and the columns of the join. */
  readonly joins?: ReadonlyMap<string, { readonly table: string; readonly column: string; readonly ownColumn: string }>;
  /** TypeORM: the class the entity extends, whose columns it inherits (typeorm-bases.ts). */
  readonly typeormBase?: string;
}

export function snakeCase(s: string): string {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** Column for a model property, following the framework's naming when the property is unknown. */
export function columnOf(m: ModelInfo, prop: string): string {
  return m.columns.get(prop) ?? (m.naming === 'snake' ? snakeCase(prop) : prop);
}

/** The property for a column (reverse of `columnOf`), for quick fixes. */
export function propertyOf(m: ModelInfo, column: string): string {
  for (const [p, c] of m.columns) if (c === column) return p;
  if (m.naming === 'snake') return column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return column;
}

/** Learned models per workspace file. */
export class ModelRegistry {
  private readonly byFile = new Map<string, ModelInfo[]>();
  private readonly texts = new Map<string, string>();
  /** Changes whenever what the registry knows changes (cached query translations depend on it). */
  version = 0;

  set(file: string, models: ModelInfo[]): void {
    const sig = signature(models);
    if ((this.texts.get(file) ?? '') === sig) return;
    this.version++;
    if (models.length) {
      this.byFile.set(file, models);
      this.texts.set(file, sig);
    } else this.remove(file);
  }

  remove(file: string): void {
    if (this.byFile.delete(file)) this.version++;
    this.texts.delete(file);
    if (this.defaults.delete(file)) this.version++;
    if (this.assocs.delete(file)) this.version++;
    if (this.aliases.delete(file)) this.version++;
    if (this.bases.delete(file)) this.version++;
    if (this.decorations.delete(file)) this.version++;
  }

  private readonly decorations = new Map<string, FileDecorations>();
  private decorated?: { version: number; models: ModelInfo[] };

  /** Learns (or forgets) a file's model decorator factories and decorated classes (objection-table-decorators.ts). */
  setDecorations(file: string, d: FileDecorations | undefined): void {
    if (decorationsSignature(this.decorations.get(file)) === decorationsSignature(d)) return;
    if (d) this.decorations.set(file, d);
    else this.decorations.delete(file);
    this.version++;
  }

  /** Objection models whose statics a class decorator writes, built once per version. */
  private decoratedModels(): ModelInfo[] {
    if (this.decorated?.version !== this.version) this.decorated = { version: this.version, models: this.decorations.size ? decoratedModels(this.decorations.values()) : [] };
    return this.decorated.models;
  }

  private readonly assocs = new Map<string, { sig: string; list: readonly SequelizeAssociation[] }>();

  /** Learns (or forgets) the Sequelize associations a file declares (`Lead.hasMany(AgentOutput, …)`). */
  setAssociations(file: string, list: readonly SequelizeAssociation[] | undefined): void {
    const sig = JSON.stringify(list ?? []);
    if ((this.assocs.get(file)?.sig ?? '[]') === sig) return;
    if (list?.length) this.assocs.set(file, { sig, list });
    else this.assocs.delete(file);
    this.version++;
  }

  /** Every Sequelize association the workspace declares. */
  associations(): SequelizeAssociation[] {
    return [...this.assocs.values()].flatMap((a) => a.list);
  }

  clear(): void {
    this.byFile.clear();
    this.texts.clear();
    this.version++;
  }

  private readonly defaults = new Map<string, SequelizeDefaults>();
  private readonly adjusted = new WeakMap<ModelInfo, { key: string; model: ModelInfo }>();

  /** Learns (or forgets, with undefined) the Sequelize `define` defaults a file sets. */
  setSequelizeDefaults(file: string, d: SequelizeDefaults | undefined): void {
    const prev = this.defaults.get(file);
    if (JSON.stringify(prev) === JSON.stringify(d)) return;
    if (d) this.defaults.set(file, d);
    else this.defaults.delete(file);
    this.version++;
  }

  /** Finds a model by a name queries use; models of the file being checked win. */
  find(framework: Framework, name: string, local: readonly ModelInfo[] = []): ModelInfo | undefined {
    for (const m of local) if (m.framework === framework && m.names.includes(name)) return this.withBases(this.withDefaults(m));
    for (const ms of this.byFile.values()) for (const m of ms) if (m.framework === framework && m.names.includes(name)) return this.withBases(this.withDefaults(m));
    if (framework === 'objection') return this.decoratedModels().find((m) => m.names.includes(name));
    return framework === 'sequelize' ? this.aliased(name) : undefined;
  }

  private readonly bases = new Map<string, { sig: string; map: ReadonlyMap<string, TypeormBase> }>();
  private readonly inherited = new WeakMap<ModelInfo, { version: number; model: ModelInfo }>();

  /** Learns (or forgets) the TypeORM base classes with columns a file declares (typeorm-bases.ts). */
  setTypeormBases(file: string, map: ReadonlyMap<string, TypeormBase> | undefined): void {
    const sig = JSON.stringify([...(map ?? [])].map(([k, b]) => [k, [...b.columns], [...b.relations], [...b.targets], b.primaryKey, b.base ?? null]));
    if ((this.bases.get(file)?.sig ?? '[]') === sig) return;
    if (map?.size) this.bases.set(file, { sig, map });
    else this.bases.delete(file);
    this.version++;
  }

  /** A TypeORM entity with the columns of the base classes it extends. */
  private withBases(m: ModelInfo): ModelInfo {
    if (!m.typeormBase) return m;
    const hit = this.inherited.get(m);
    if (hit?.version === this.version) return hit.model;
    const model = withInheritedColumns(m, (name) => {
      const found = [...this.bases.values()].flatMap((b) => (b.map.has(name) ? [b.map.get(name)!] : []));
      if (found.length) return found.length === 1 ? found[0] : undefined;
      // An entity extending another entity (table-per-class inheritance) inherits its columns too.
      const e = this.all().filter((x) => x.framework === 'typeorm' && x.modelName === name);
      return e.length === 1 ? { columns: e[0]!.columns, relations: e[0]!.relations, targets: e[0]!.relationTargets ?? new Map(), primaryKey: e[0]!.primaryKey ?? [], ...(e[0]!.typeormBase ? { base: e[0]!.typeormBase } : {}) } : undefined;
    });
    this.inherited.set(m, { version: this.version, model });
    return model;
  }

  private readonly aliases = new Map<string, { sig: string; list: readonly SequelizeAlias[] }>();
  /** Module resolution of the index (an alias names a module specifier). */
  resolveModule?: (from: string, spec: string) => string | undefined;

  /** Learns (or forgets) the Sequelize registry keys a file binds to model factories (`{ Lead: require('./lead')(…) }`). */
  setAliases(file: string, list: readonly SequelizeAlias[] | undefined): void {
    const sig = JSON.stringify(list ?? []);
    if ((this.aliases.get(file)?.sig ?? '[]') === sig) return;
    if (list?.length) this.aliases.set(file, { sig, list });
    else this.aliases.delete(file);
    this.version++;
  }

  /** The one Sequelize model of the module a registry key holds; none when the key is ambiguous. */
  private aliased(name: string): ModelInfo | undefined {
    let found: ModelInfo | undefined;
    for (const [file, { list }] of this.aliases) {
      for (const a of list) {
        if (a.name !== name) continue;
        const target = this.resolveModule?.(file, a.spec);
        const ms = (target ? this.byFile.get(target) : undefined)?.filter((m) => m.framework === 'sequelize') ?? [];
        if (ms.length !== 1 || (found && found !== ms[0])) return undefined;
        found = ms[0];
      }
    }
    return found ? this.withDefaults(found) : undefined;
  }

  private withDefaults(m: ModelInfo): ModelInfo {
    if (!m.withDefaults || this.defaults.size === 0) return m;
    const d = [...this.defaults.values()][0]!;
    const key = JSON.stringify(d);
    const hit = this.adjusted.get(m);
    if (hit?.key === key) return hit.model;
    const model = m.withDefaults(d);
    this.adjusted.set(m, { key, model });
    return model;
  }

  /** The file declaring a model of `framework` that queries call `name`. */
  fileOf(framework: Framework, name: string): string | undefined {
    for (const [file, ms] of this.byFile) if (ms.some((m) => m.framework === framework && m.names.includes(name))) return file;
    return undefined;
  }

  all(): ModelInfo[] {
    return [...this.byFile.values()].flat().concat(this.decoratedModels());
  }
}

/** A stable text of what a list of models says (to detect real changes). */
export function signature(models: readonly ModelInfo[]): string {
  return JSON.stringify(models.map((m) => [m.framework, m.names, m.modelName, m.schema ?? null, m.table, [...m.columns], [...m.relations], [...m.compoundKeys], m.naming, [...(m.modifiers ?? [])].map(([k, l]) => [k, l.map((x) => text(x.node))]), [...(m.joins ?? [])], [...(m.relationTargets ?? [])], [...(m.foreignKeys ?? [])], [...(m.references ?? [])], m.primaryKey ?? [], [...(m.scopes ?? [])].map(([k, v]) => [k, text(v)]), m.defaultScope ? text(m.defaultScope) : null, [...(m.loaders ?? [])], [...(m.ownStatics ?? [])], [...(m.queryGetters ?? [])], m.typeormBase ?? null]));
}

export function modelsFromPrisma(src: string): ModelInfo[] {
  return parsePrismaSchema(src).map((m) => {
    const columns = new Map<string, string>();
    const relations = new Set<string>();
    const targets = new Map<string, string>();
    const fks = new Map<string, readonly string[]>();
    const refs = new Map<string, readonly string[]>();
    for (const f of m.fields) {
      if (f.relation) {
        relations.add(f.name);
        targets.set(f.name, f.type.replace(/[[\]?]/g, ''));
        if (f.fkFields) fks.set(f.type.replace(/[[\]?]/g, ''), f.fkFields);
        if (f.fkReferences) refs.set(f.name, f.fkReferences);
      } else columns.set(f.name, f.column);
    }
    const info: ModelInfo = {
      framework: 'prisma',
      names: [prismaAccessor(m.name)],
      modelName: m.name,
      table: m.table,
      columns,
      relations,
      compoundKeys: new Map(m.compoundKeys.map((k) => [k.name, k.fields])),
      naming: 'as-is',
      relationTargets: targets,
      foreignKeys: fks,
      references: refs,
      ...(m.schema !== undefined ? { schema: m.schema } : {}),
    };
    return info;
  });
}

/** Cheap test whether a TS/JS file may declare models. */
export function mayDeclareModels(src: string): boolean {
  return /pgTable|pgSchema|\brelations\s*\(|\.define\s*\(|\.init\s*\(|@Entity|@ViewEntity|@Table\b|\btableName\b/.test(src);
}

/** Drizzle, Sequelize and TypeORM model declarations in a parsed TS/JS file. */
export function modelsFromTs(root: N): ModelInfo[] {
  const out: ModelInfo[] = [];
  const drizzleSchemas = new Map<string, string>();
  const creators = new Map<string, (name: string) => string>();
  // First pass: `const mySchema = pgSchema('x')`, `const createTable = pgTableCreator((n) => \`app_${n}\`)`.
  visit(root, (n) => {
    if (n.type === 'variable_declarator') {
      const v = unwrap(field(n, 'value'));
      const name = field(n, 'name');
      if (v?.type === 'call_expression' && name?.type === 'identifier') {
        const fn = dottedName(field(v, 'function'));
        const arg = kids(field(v, 'arguments') ?? v)[0];
        if (fn && fn[fn.length - 1] === 'pgSchema') {
          const s = stringValue(arg);
          if (s !== undefined) drizzleSchemas.set(text(name), s);
        }
        const made = fn && fn[fn.length - 1] === 'pgTableCreator' ? tableCreator(v) : undefined;
        if (made) creators.set(text(name), made);
      }
    }
  });
  const classes = new Map<string, N>();
  visit(root, (n) => {
    if (n.type === 'class_declaration' || n.type === 'class') {
      const nm = field(n, 'name');
      if (nm) classes.set(text(nm), n);
    }
  });
  visit(root, (n) => {
    if (n.type === 'variable_declarator') {
      const m = drizzleTable(n, drizzleSchemas, creators) ?? sequelizeDefine(n) ?? typeormEntitySchema(n);
      if (m) out.push(m);
    } else if (n.type === 'call_expression') {
      const m = sequelizeInit(n, classes) ?? sequelizeDefineCall(n);
      if (m) out.push(m);
    } else if (n.type === 'class_declaration' || n.type === 'class') {
      const m = typeormEntity(n) ?? objectionEntity(n) ?? sequelizeTypescriptModel(n, decoratorsOf(n));
      if (m) out.push(m);
    } else if (n.type === 'object') {
      const m = sequelizePlainModel(n) ?? sequelizeDefinitionModel(n);
      if (m) out.push(m);
    }
  });
  return withDrizzleRelations(root, out);
}

/**
 * Drizzle `relations(leads, ({ many, one }) => ({ outputs: many(agentOutputs) }))` declared next
 * to the tables: relation name → the table const it reads (used by `findMany({ with })`).
 */
function withDrizzleRelations(root: N, models: ModelInfo[]): ModelInfo[] {
  if (!models.some((m) => m.framework === 'drizzle')) return models;
  const targets = new Map<string, Map<string, string>>();
  visit(root, (n) => {
    if (n.type !== 'call_expression') return;
    const fn = dottedName(field(n, 'function'));
    if (!fn || fn[fn.length - 1] !== 'relations') return;
    const args = kids(field(n, 'arguments') ?? n);
    const table = dottedName(args[0]);
    let body = unwrap(args[1]);
    if (!table || !body || (body.type !== 'arrow_function' && body.type !== 'function_expression')) return;
    body = unwrap(field(body, 'body'));
    if (body?.type !== 'object') return;
    const map = targets.get(table[table.length - 1]!) ?? new Map<string, string>();
    for (const p of objectProps(body).props) {
      const v = unwrap(p.value);
      if (v?.type !== 'call_expression') continue;
      const t = dottedName(kids(field(v, 'arguments') ?? v)[0]);
      if (t) map.set(p.key, t[t.length - 1]!);
    }
    targets.set(table[table.length - 1]!, map);
  });
  if (targets.size === 0) return models;
  return models.map((m) => {
    const t = m.framework === 'drizzle' ? targets.get(m.modelName) : undefined;
    return t ? { ...m, relations: new Set([...m.relations, ...t.keys()]), relationTargets: t } : m;
  });
}

function drizzleTable(decl: N, schemas: Map<string, string>, creators: ReadonlyMap<string, (name: string) => string>): ModelInfo | undefined {
  const name = field(decl, 'name');
  const v = unwrap(field(decl, 'value'));
  if (!name || name.type !== 'identifier' || v?.type !== 'call_expression') return undefined;
  const fnNode = unwrap(field(v, 'function'));
  // `pgSchema('x').table('leads', …)` written inline.
  if (fnNode?.type === 'member_expression' && text(field(fnNode, 'property') ?? fnNode) === 'table') {
    const obj = unwrap(field(fnNode, 'object'));
    const inner = obj?.type === 'call_expression' ? dottedName(field(obj, 'function')) : undefined;
    if (obj && inner && inner[inner.length - 1] === 'pgSchema') {
      const s = stringValue(kids(field(obj, 'arguments') ?? obj)[0]);
      return drizzleColumns(name, v, s);
    }
  }
  const fn = dottedName(fnNode);
  if (!fn) return undefined;
  const last = fn[fn.length - 1];
  let schema: string | undefined;
  const creator = fn.length === 1 ? creators.get(last!) : undefined;
  if (creator) return drizzleColumns(name, v, undefined, creator);
  if (last === 'pgTable' && fn.length === 1) schema = undefined;
  else if (last === 'table' && fn.length === 2 && schemas.has(fn[0]!)) schema = schemas.get(fn[0]!);
  else if (last === 'table' && fn.length === 1) return undefined;
  else if (last !== 'pgTable') return undefined;
  return drizzleColumns(name, v, schema);
}

function drizzleColumns(name: N, v: N, schema: string | undefined, rename?: (table: string) => string): ModelInfo | undefined {
  const args = kids(field(v, 'arguments') ?? v);
  const given = stringValue(args[0]);
  const table = given !== undefined && rename ? rename(given) : given;
  if (table === undefined) return undefined;
  let colsNode = unwrap(args[1]);
  if (colsNode && (colsNode.type === 'arrow_function' || colsNode.type === 'function_expression')) colsNode = unwrap(field(colsNode, 'body'));
  const columns = new Map<string, string>();
  if (colsNode?.type === 'object') {
    for (const p of objectProps(colsNode).props) {
      const chain = flattenChain(p.value);
      // `timestamp('created_at', …).notNull()`: the column name is the first string argument
      // of the innermost call; without one Drizzle uses the property name.
      const firstCall = chain.find((l) => l.kind === 'call');
      const col = firstCall && firstCall.kind === 'call' ? stringValue(firstCall.args[0]) : undefined;
      columns.set(p.key, col ?? p.key);
    }
  }
  const n = text(name);
  return { framework: 'drizzle', names: [n], modelName: n, table, columns, relations: new Set(), compoundKeys: new Map(), naming: 'as-is', ...(schema !== undefined ? { schema } : {}) };
}

export function decoratorsOf(cls: N): N[] {
  const ds = cls.children.filter((c) => c.type === 'decorator');
  const p = cls.parent;
  if (p?.type === 'export_statement') ds.push(...p.children.filter((c) => c.type === 'decorator'));
  return ds;
}

/** `@Name(args)` or `@Name` → name and argument nodes. */
export function decoratorCall(d: N): { name: string; args: N[] } | undefined {
  const inner = d.children[0];
  if (!inner) return undefined;
  if (inner.type === 'call_expression') {
    const fn = dottedName(field(inner, 'function'));
    if (!fn) return undefined;
    return { name: fn[fn.length - 1]!, args: kids(field(inner, 'arguments') ?? inner) };
  }
  const n = dottedName(inner);
  return n ? { name: n[n.length - 1]!, args: [] } : undefined;
}

const TYPEORM_COLUMNS = new Set(['Column', 'PrimaryColumn', 'PrimaryGeneratedColumn', 'CreateDateColumn', 'UpdateDateColumn', 'DeleteDateColumn', 'VersionColumn', 'ObjectIdColumn', 'ViewColumn']);
const TYPEORM_RELATIONS = new Set(['ManyToOne', 'OneToOne', 'OneToMany', 'ManyToMany']);

function optionString(args: N[], key: string): string | undefined {
  for (const a of args) {
    const u = unwrap(a);
    if (u?.type !== 'object') continue;
    for (const p of objectProps(u).props) if (p.key === key) return stringValue(p.value);
  }
  return undefined;
}

function typeormEntity(cls: N): ModelInfo | undefined {
  const nameNode = field(cls, 'name');
  if (!nameNode) return undefined;
  const entity = decoratorsOf(cls)
    .map(decoratorCall)
    .find((d) => d?.name === 'Entity' || d?.name === 'ViewEntity');
  if (!entity) return undefined;
  const className = text(nameNode);
  const first = stringValue(entity.args[0]);
  const table = first ?? optionString(entity.args, 'name') ?? snakeCase(className);
  const schema = optionString(entity.args, 'schema');
  return typeormModel(className, table, { ...typeormMembers(cls), schema, base: classBaseName(cls) });
}

/** The TypeORM base classes with columns a parsed file declares (classes that are not entities themselves). */
export function typeormBasesOf(root: N): Map<string, TypeormBase> {
  return typeormBases(root, typeormMembers, (cls) => decoratorsOf(cls).map(decoratorCall).some((d) => d?.name === 'Entity' || d?.name === 'ViewEntity'));
}

/** The columns, relations and primary key a TypeORM class declares itself (an entity or an abstract base entity). */
export function typeormMembers(cls: N): { columns: Map<string, string>; relations: Set<string>; targets: Map<string, string>; primaryKey: string[] } {
  const columns = new Map<string, string>();
  const relations = new Set<string>();
  const targets = new Map<string, string>();
  const primaryKey: string[] = [];
  const body = field(cls, 'body');
  for (const m of body ? kids(body) : []) {
    if (m.type !== 'public_field_definition') continue;
    const prop = field(m, 'name');
    if (!prop) continue;
    const decs = m.children.filter((c) => c.type === 'decorator').map(decoratorCall);
    const p = text(prop);
    for (const d of decs) {
      if (!d) continue;
      if (TYPEORM_COLUMNS.has(d.name)) columns.set(p, optionString(d.args, 'name') ?? p);
      if (d.name === 'PrimaryColumn' || d.name === 'PrimaryGeneratedColumn' || (d.name !== 'JoinColumn' && /\bprimary\s*:\s*true\b/.test(d.args.map((a) => text(a)).join(',')))) primaryKey.push(p);
      else if (d.name === 'JoinColumn') {
        const jc = optionString(d.args, 'name');
        if (jc) columns.set(`${p}.id`, jc);
      } else if (TYPEORM_RELATIONS.has(d.name)) {
        relations.add(p);
        // `@OneToMany(() => AgentOutput, …)` / `@ManyToOne('Lead')`: the entity the relation reads.
        let t = unwrap(d.args[0]);
        if (t && (t.type === 'arrow_function' || t.type === 'function_expression')) t = unwrap(field(t, 'body'));
        // A class imported under another name or through a namespace is named as it is declared.
        const target = stringValue(t) ?? (t?.type === 'identifier' || t?.type === 'member_expression' ? declaredName(t) : undefined);
        if (target) targets.set(p, target);
      }
    }
  }
  return { columns, relations, targets, primaryKey };
}
