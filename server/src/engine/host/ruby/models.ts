/**
 * ActiveRecord models learned from Ruby files: class → table (Rails naming rules, STI,
 * `self.table_name =`, `table_name_prefix`), scopes, class methods, `default_scope`,
 * associations and attribute aliases. Bodies are kept as light syntax trees together with
 * their file's text, and evaluated at each call site.
 */
import { classify, demodulize, singularize, tableize, underscore } from './inflect';
import type { RNode } from './syntax';
import { forIncluder } from './concern-names';
import type { TableName } from '../../query/model';

/** A scope, class method or default scope body from a model file. */
export interface Body {
  readonly src: string;
  readonly file: string;
  /** The expression evaluated with the relation as implicit receiver (or a lambda's statements, see `params`). */
  readonly node: RNode;
  /**
   * Set for a lambda of several statements (`query = order(…); query = query.where(…) if x; query`):
   * `node` is its body and these are its parameters, bound from the call (`nil` when an optional one is left out).
   */
  readonly params?: readonly { readonly name: string; readonly optional: boolean; readonly nilDefault: boolean }[];
  /** `scope :overdue, OverdueQuery.new`: `node` is an object (or class) whose `call` returns the relation. */
  readonly callable?: boolean;
}

export interface AssocDecl {
  readonly kind: 'belongs_to' | 'has_many' | 'has_one' | 'has_and_belongs_to_many';
  readonly name: string;
  readonly className?: string;
  readonly foreignKey?: string;
  readonly primaryKey?: string;
  /** `through:`, `polymorphic:`, `as:` or a scope lambda: joins we do not model exactly. */
  readonly complex: boolean;
  readonly through?: string;
  readonly source?: string;
  /** `as: :commentable` (the target is polymorphic). */
  readonly as?: string;
  readonly polymorphic?: boolean;
  /** `touch:` or `counter_cache:` on a `belongs_to`: creating, updating or destroying the record updates the owner by its primary key. */
  readonly touchesOwner?: boolean;
  /** Only `counter_cache:` (no `touch:`): the owner is updated on create, destroy and a change of the foreign key only. */
  readonly counterOnly?: boolean;
  /** `optional: true` on a `belongs_to` that touches its owner: a record created without the key touches nothing. */
  readonly optional?: boolean;
  /** `dependent: :destroy` (`:delete_all`, `:nullify`, …): what destroying the owner does to the associated rows. */
  readonly dependent?: string;
  readonly foreignKeys?: readonly string[];
  readonly primaryKeys?: readonly string[];
  /** The association's scope lambda body (null: a lambda we cannot read), and its parameters. */
  readonly scope?: Body | null;
  readonly scopeParams?: readonly string[];
}

export interface ClassDecl {
  readonly name: string;
  readonly file: string;
  /** Constant nesting outside-in (`['Admin', 'Admin::Reports']`), for constant lookup. */
  readonly nesting: readonly string[];
  superclass?: string;
  tableName?: string;
  abstract?: boolean;
  tableNamePrefix?: string;
  tableNameSuffix?: string;
  pluralize?: boolean;
  primaryKey?: readonly string[];
  readonly scopes: Map<string, Body | null>;
  readonly defaultScopes: Body[];
  readonly associations: Map<string, AssocDecl>;
  readonly aliases: Map<string, string>;
  /** Modules named by `include` in the class body (concerns). */
  readonly includes?: string[];
  /** Other calls without a receiver in the class body (`uses_user_permissions`): class macros, see `ModuleDecl.macros`. */
  macroCalls?: string[];
  /** `query_constraints :id, :partition_id` (Rails 7.1): columns every record query uses. */
  queryConstraints?: readonly string[];
  /** Scopes a model gem defines (gem-scopes.ts): replaced when the gem's settings change, never over the class's own. */
  gemScopes?: Set<string>;
  /** discard's `self.discard_column = …`. */
  discardColumn?: string;
}

export interface ModuleDecl {
  readonly name: string;
  tableNamePrefix?: string;
  /** The prefix comes from an engine's `isolate_namespace`: the module's own `def self.table_name_prefix` wins. */
  prefixFromEngine?: boolean;
  /**
   * What an `ActiveSupport::Concern` adds to the classes that include it: scopes, default
   * scopes and associations of `included do … end`, class methods of `class_methods do … end`.
   */
  concern?: ClassDecl;
  /**
   * Class macros the module defines (`def uses_user_permissions; scope :my, …; end`, extended
   * into models): what each declares in the class body that calls it.
   */
  macros?: Map<string, ClassDecl>;
}

export type { TableName } from '../../query/model';

/** A model as seen by queries (its own declaration merged with its ancestors'). */
export interface ModelInfo {
  readonly name: string;
  readonly table: TableName;
  readonly primaryKey: readonly string[];
  /** True when no declaration was found and the table comes from the naming convention alone. */
  readonly conventional: boolean;
  scope(name: string): Body | null | undefined;
  readonly defaultScopes: readonly Body[];
  association(name: string): AssocDecl | undefined;
  column(attr: string): string;
  /** `query_constraints` columns (Rails 7.1), when declared. */
  readonly queryConstraints?: readonly string[];
  /** `belongs_to` associations with `touch:`/`counter_cache:` (writes of the record update those owners). */
  readonly touched?: readonly AssocDecl[];
  /** Associations with a `dependent:` option (destroying the record acts on their rows). */
  readonly dependents?: readonly AssocDecl[];
}

const NOT_MODELS = new Set([
  'ActiveRecord', 'ApplicationRecord', 'Array', 'Class', 'Comparable', 'Date', 'DateTime', 'Dir', 'ENV', 'Enumerable', 'File',
  'FileUtils', 'Hash', 'IO', 'Integer', 'JSON', 'Kernel', 'Math', 'Module', 'Object', 'Process', 'Rails', 'Regexp', 'Set', 'String',
  'Struct', 'Thread', 'Time', 'URI', 'YAML', 'Float', 'BigDecimal', 'Logger', 'Pathname', 'Base64', 'Digest', 'OpenStruct', 'Sidekiq',
]);

const AR_BASES = new Set(['ActiveRecord::Base', 'ApplicationRecord']);

/** Superclasses of Rails framework classes that are not ActiveRecord models. */
const NOT_MODEL_BASES = /^(::)?(ActiveSupport|ActiveModel|ActionController|ActionMailer|ActiveJob|ActionCable|ActionView|ActionMailbox|ApplicationController|ApplicationJob|ApplicationMailer|ApplicationService|Struct|Data)(::|$)/;

export function splitTableName(s: string): TableName {
  const i = s.indexOf('.');
  return i < 0 ? { name: s } : { schema: s.slice(0, i), name: s.slice(i + 1) };
}

/** The declarations of a file as text: bodies by their source, maps as entry lists. */
function declarationDigest(decls: { classes: ClassDecl[]; modules: ModuleDecl[] }): string {
  return JSON.stringify(decls, (_k, v: unknown) => {
    if (v instanceof Map) return [...(v as Map<unknown, unknown>)];
    if (v && typeof v === 'object' && 'src' in v && 'node' in v) {
      const b = v as Body;
      return `${b.node.type}:${b.src.slice(b.node.start, b.node.end)}`;
    }
    return v;
  });
}

/** Every model and module declaration of the workspace, per file. */
export class ModelIndex {
  private readonly files = new Map<string, { classes: ClassDecl[]; modules: ModuleDecl[] }>();
  private byName: Map<string, ClassDecl[]> | undefined;
  private modulesByName: Map<string, ModuleDecl> | undefined;
  private readonly infoCache = new Map<string, ModelInfo | null>();
  /** Per file: what its declarations say, positions left out (see `setFile`). */
  private readonly digests = new Map<string, string>();
  /** Increases on every change, so that callers can cache results per version. */
  version = 0;

  setFile(file: string, decls: { classes: ClassDecl[]; modules: ModuleDecl[] }): void {
    const digest = declarationDigest(decls);
    const same = this.files.has(file) && this.digests.get(file) === digest;
    this.files.set(file, decls);
    this.digests.set(file, digest);
    // Bodies are evaluated at their call sites (everything maps there), so declarations that
    // read the same (a blank line added, a comment typed) leave results keyed on `version` valid.
    if (same) this.clearCaches();
    else this.invalidate();
  }

  removeFile(file: string): void {
    this.digests.delete(file);
    if (this.files.delete(file)) this.invalidate();
  }

  has(file: string): boolean {
    return this.files.has(file);
  }

  /** Classes and modules a file declares. */
  classNamesOf(file: string): string[] {
    const f = this.files.get(file);
    return f ? [...f.classes.map((c) => c.name), ...f.modules.map((m) => m.name)] : [];
  }

  /** Scopes and class methods a file declares (its own classes and concerns). */
  scopeNamesOf(file: string): string[] {
    const f = this.files.get(file);
    if (!f) return [];
    const out: string[] = [];
    for (const c of [...f.classes, ...f.modules.flatMap((m) => (m.concern ? [m.concern] : []))]) out.push(...c.scopes.keys(), ...c.associations.keys());
    return out;
  }

  private clearCaches(): void {
    this.byName = undefined;
    this.modulesByName = undefined;
    this.infoCache.clear();
  }

  private invalidate(): void {
    this.clearCaches();
    this.version++;
  }

  private classes(): Map<string, ClassDecl[]> {
    if (!this.byName) {
      this.byName = new Map();
      this.modulesByName = new Map();
      for (const { classes, modules } of this.files.values()) {
        for (const c of classes) {
          const l = this.byName.get(c.name);
          if (l) l.push(c);
          else this.byName.set(c.name, [c]);
        }
        for (const m of modules) {
          this.modulesByName.set(m.name, mergeModule(this.modulesByName.get(m.name), m));
        }
      }
    }
    return this.byName;
  }

  /** The declarations of a class macro some module defines (the first found by module name). */
  private macro(name: string): ClassDecl | undefined {
    this.classes();
    const found = [...(this.modulesByName?.values() ?? [])].filter((m) => m.macros?.has(name)).sort((a, b) => a.name.localeCompare(b.name));
    return found[0]?.macros?.get(name);
  }

  /** The concern part of a module named inside `nesting`, Ruby-style. */
  private concern(name: string, nesting: readonly string[]): ClassDecl | undefined {
    this.classes();
    const n = name.replace(/^::/, '');
    const cands = name.startsWith('::') ? [n] : [...nesting.map((_, i) => `${nesting.slice(0, nesting.length - i).join('::')}::${n}`), n];
    for (const c of cands) {
      const m = this.modulesByName?.get(c);
      if (m?.concern) return m.concern;
    }
    return undefined;
  }

  /** Every declared class name. */
  classNames(): string[] {
    return [...this.classes().keys()];
  }

  /** Resolves a constant as written at a place with the given nesting, Ruby-style (innermost first). */
  resolveName(name: string, nesting: readonly string[]): string {
    const n = name.startsWith('::') ? name.slice(2) : name;
    if (name.startsWith('::')) return n;
    const classes = this.classes();
    for (let i = nesting.length - 1; i >= 0; i--) {
      const cand = `${nesting[i]}::${n}`;
      if (classes.has(cand)) return cand;
    }
    return n;
  }

  /** The merged declaration of a class (reopened classes merge). */
  private decl(name: string): ClassDecl | undefined {
    const list = this.classes().get(name);
    if (!list) return undefined;
    if (list.length === 1) return list[0];
    const merged: ClassDecl = {
      name,
      file: list[0]!.file,
      nesting: list[0]!.nesting,
      scopes: new Map(),
      defaultScopes: [],
      associations: new Map(),
      aliases: new Map(),
      includes: [],
    };
    for (const d of list) {
      merged.superclass ??= d.superclass;
      if (d.tableName !== undefined) merged.tableName = d.tableName;
      if (d.abstract !== undefined) merged.abstract = d.abstract;
      if (d.tableNamePrefix !== undefined) merged.tableNamePrefix = d.tableNamePrefix;
      if (d.tableNameSuffix !== undefined) merged.tableNameSuffix = d.tableNameSuffix;
      if (d.pluralize !== undefined) merged.pluralize = d.pluralize;
      if (d.primaryKey !== undefined) merged.primaryKey = d.primaryKey;
      for (const [k, v] of d.scopes) merged.scopes.set(k, v);
      merged.defaultScopes.push(...d.defaultScopes);
      for (const [k, v] of d.associations) merged.associations.set(k, v);
      for (const [k, v] of d.aliases) merged.aliases.set(k, v);
      merged.includes!.push(...(d.includes ?? []));
      if (d.queryConstraints) merged.queryConstraints = d.queryConstraints;
    }
    return merged;
  }

  /** Ancestors from the class itself up to (excluding) ActiveRecord::Base, as far as they are declared. */
  private chain(name: string): ClassDecl[] {
    const out: ClassDecl[] = [];
    const seen = new Set<string>();
    let cur: string | undefined = name;
    while (cur && !seen.has(cur)) {
      seen.add(cur);
      const d = this.decl(cur);
      if (!d) break;
      out.push(d);
      cur = d.superclass ? this.resolveName(d.superclass, [...d.nesting, ...(d.name.includes('::') ? [] : [])]) : undefined;
      if (cur === 'ActiveRecord::Base') break;
    }
    return out;
  }

  private isAbstract(d: ClassDecl): boolean {
    return d.abstract === true || d.name === 'ApplicationRecord';
  }

  /**
   * The model a constant names, or undefined when it is certainly not a model. Without a
   * declaration the table follows the naming convention (`Admin::Lead` → `leads`).
   */
  model(constant: string, nesting: readonly string[] = []): ModelInfo | undefined {
    const full = this.resolveName(constant, nesting);
    const cached = this.infoCache.get(full);
    if (cached !== undefined) return cached ?? undefined;
    const info = this.computeModel(full);
    this.infoCache.set(full, info ?? null);
    return info;
  }

  private computeModel(full: string): ModelInfo | undefined {
    const top = full.split('::')[0]!;
    if (NOT_MODELS.has(full) || NOT_MODELS.has(top) || AR_BASES.has(full)) return undefined;
    const chain = this.chain(full);
    if (chain.length === 0) {
      return makeInfo(full, { name: tableize(full) }, ['id'], true, [], [], new Map());
    }
    const self = chain[0]!;
    if (this.isAbstract(self)) return undefined;
    // `class Current < ActiveSupport::CurrentAttributes`, form objects, controllers: not models.
    if (NOT_MODEL_BASES.test(chain.at(-1)!.superclass ?? '')) return undefined;
    // The base class is the last non-abstract class of the chain: STI subclasses use its table.
    let base = self;
    for (const d of chain.slice(1)) {
      if (this.isAbstract(d)) break;
      base = d;
    }
    const table = base.tableName !== undefined ? splitTableName(base.tableName) : { name: this.computeTableName(base, chain) };
    const pk = chain.find((d) => d.primaryKey)?.primaryKey ?? ['id'];
    const scopes = new Map<string, Body | null>();
    const assocs = new Map<string, AssocDecl>();
    const aliases = new Map<string, string>();
    // Included concerns come before the class's own declarations (Ruby's method lookup).
    const layers: ClassDecl[] = [];
    // The class whose body declares each layer (a concern's: the class including it), for `#{name}`.
    const owners: string[] = [];
    for (const d of [...chain].reverse()) {
      const add = (layer: ClassDecl): void => {
        layers.push(layer);
        owners.push(d.name);
      };
      // A concern's own `include`s (ActiveSupport::Concern's dependencies) act on the including class, before it.
      const addConcern = (inc: string, nesting: readonly string[], depth: number): void => {
        const c = this.concern(inc, nesting);
        if (!c) return;
        if (depth < 4) for (const dep of c.includes ?? []) addConcern(dep, c.nesting, depth + 1);
        add(c);
      };
      for (const inc of d.includes ?? []) addConcern(inc, [...d.nesting, d.name], 0);
      for (const call of d.macroCalls ?? []) {
        const m = this.macro(call);
        if (m) add(m);
      }
      add(d);
    }
    for (const [i, d] of layers.entries()) {
      for (const [k, v] of d.scopes) scopes.set(k, v);
      for (const [k, v] of d.associations) assocs.set(k, inheritedKey(forIncluder(v, owners[i]!), owners[i]!, full));
      for (const [k, v] of d.aliases) aliases.set(k, v);
    }
    const defaults = layers.flatMap((d) => d.defaultScopes);
    const qc = chain.find((d) => d.queryConstraints)?.queryConstraints;
    return makeInfo(full, table, pk, false, defaults, [...scopes], assocs, aliases, qc);
  }

  private computeTableName(base: ClassDecl, chain: readonly ClassDecl[]): string {
    const inherited = <K extends 'tableNamePrefix' | 'tableNameSuffix' | 'pluralize'>(k: K): ClassDecl[K] | undefined => {
      for (const d of chain) if (d[k] !== undefined) return d[k];
      return undefined;
    };
    const pluralizeNames = inherited('pluralize') ?? true;
    // Rails: the prefix comes from the nearest enclosing module that defines table_name_prefix,
    // else from the class (or an ancestor) itself.
    let prefix: string | undefined;
    const parts = base.name.split('::');
    this.classes();
    for (let i = parts.length - 1; i >= 1 && prefix === undefined; i--) {
      const m = this.modulesByName?.get(parts.slice(0, i).join('::'));
      if (m?.tableNamePrefix !== undefined) prefix = m.tableNamePrefix;
    }
    prefix ??= inherited('tableNamePrefix') ?? '';
    const suffix = inherited('tableNameSuffix') ?? '';
    // A model nested in another model gets the parent's singular table name as a prefix.
    let contained = '';
    if (parts.length > 1) {
      const parentName = parts.slice(0, -1).join('::');
      const parent = this.decl(parentName);
      if (parent && parent.superclass) {
        const pInfo = this.model(parentName);
        if (pInfo && !pInfo.conventional) contained = `${pluralizeNames ? singularize(pInfo.table.name) : pInfo.table.name}_`;
      }
    }
    return `${prefix}${contained}${tableize(demodulize(base.name), pluralizeNames)}${suffix}`;
  }

  /** Whether a class is declared in the workspace (not only named by convention). */
  declared(constant: string, nesting: readonly string[] = []): boolean {
    return this.classes().has(this.resolveName(constant, nesting));
  }

  /** The models whose class body includes a module (`include Flaggable`), matched by the module's last name segment. */
  modelsIncluding(module: string): ModelInfo[] {
    const short = module.split('::').pop();
    const out: ModelInfo[] = [];
    for (const [name, decls] of this.classes()) {
      if (!decls.some((d) => (d.includes ?? []).some((i) => i.split('::').pop() === short))) continue;
      const m = this.model(name);
      if (m) out.push(m);
    }
    return out;
  }

  /** Every association name some class or concern declares (a cheap test before typing a record). */
  associationNames(): ReadonlySet<string> {
    if (this.assocNames?.version !== this.version) {
      const names = new Set<string>();
      for (const decls of this.classes().values()) for (const d of decls) for (const k of d.associations.keys()) names.add(k);
      for (const m of this.modulesByName?.values() ?? []) for (const k of m.concern?.associations.keys() ?? []) names.add(k);
      this.assocNames = { version: this.version, names };
    }
    return this.assocNames.names;
  }

  private assocNames: { version: number; names: Set<string> } | undefined;

  /**
   * Association names that lead to a model matching `re` (a table or model word) although the
   * name itself does not (`has_many :items, class_name: "Lead"`, `through: :items`, `source: :leads`).
   */
  associationsReaching(re: RegExp): Set<string> {
    // Keyed by the name the association is read by (an `alias_method` name reads the original).
    const all: [string, AssocDecl][] = [];
    for (const decls of this.classes().values()) for (const d of decls) all.push(...d.associations.entries());
    for (const m of this.modulesByName?.values() ?? []) all.push(...(m.concern?.associations.entries() ?? []));
    const out = new Set<string>();
    for (let round = 0, grew = true; round < 4 && grew; round++) {
      grew = false;
      for (const [name, a] of all) {
        if (out.has(name) || re.test(name)) continue;
        // Without `class_name`, the model is the classified name (`has_many :web_hook_logs` → WebHookLog,
        // whose table may be named otherwise: `self.table_name = :web_hook_logs_daily`).
        const implied = a.className === undefined && a.through === undefined && !a.polymorphic && re.test(classify(a.name));
        const hit = implied || [a.className, a.source].some((x) => x !== undefined && re.test(x)) || (a.through !== undefined && (re.test(a.through) || out.has(a.through))) || (name !== a.name && (re.test(a.name) || out.has(a.name)));
        if (hit) {
          out.add(name);
          grew = true;
        }
      }
    }
    return out;
  }

  /**
   * The model every singular association of this name points to (`belongs_to :family, class_name:
   * "User"` wherever it is declared): what a variable of that name holds. Undefined when one of
   * them is polymorphic or they point to different models.
   */
  singularAssociationModel(name: string): ModelInfo | undefined {
    if (this.singularMemo?.version !== this.version) this.singularMemo = { version: this.version, models: new Map() };
    const memo = this.singularMemo.models;
    if (!memo.has(name)) memo.set(name, this.singularTarget(name));
    return memo.get(name);
  }

  private singularMemo: { version: number; models: Map<string, ModelInfo | undefined> } | undefined;

  private singularTarget(name: string): ModelInfo | undefined {
    let found: ModelInfo | undefined;
    for (const [owner, decls] of this.classes()) {
      for (const d of decls) {
        const a = d.associations.get(name);
        if (!a || (a.kind !== 'belongs_to' && a.kind !== 'has_one')) continue;
        const m = a.polymorphic || a.through ? undefined : this.model(owner) && this.associationModel(this.model(owner)!, a, []);
        if (!m || (found && found !== m)) return undefined;
        found = m;
      }
    }
    return found;
  }

  /** The model an association points to. */
  associationModel(owner: ModelInfo, a: AssocDecl, nesting: readonly string[]): ModelInfo | undefined {
    const cls = a.className ?? classify(a.name);
    const ownerNesting = owner.name.includes('::') ? [owner.name.split('::').slice(0, -1).join('::')] : [];
    return this.model(cls, [...nesting, ...ownerNesting]);
  }
}

function makeInfo(
  name: string,
  table: TableName,
  primaryKey: readonly string[],
  conventional: boolean,
  defaultScopes: readonly Body[],
  scopes: readonly (readonly [string, Body | null])[],
  assocs: Map<string, AssocDecl>,
  aliases: Map<string, string> = new Map(),
  queryConstraints?: readonly string[],
): ModelInfo {
  const sm = new Map(scopes);
  const touched = [...assocs.values()].filter((a) => a.touchesOwner);
  // (An `alias_method` of an association is the same declaration under a second name: counted once.)
  const dependents = [...assocs].filter(([n, a]) => a.dependent && n === a.name).map(([, a]) => a);
  return {
    name,
    ...(touched.length ? { touched } : {}),
    ...(dependents.length ? { dependents } : {}),
    ...(queryConstraints ? { queryConstraints } : {}),
    table,
    primaryKey,
    conventional,
    defaultScopes,
    scope: (n) => sm.get(n),
    association: (n) => assocs.get(n),
    column: (attr) => aliases.get(attr) ?? attr,
  };
}

/**
 * A has_many/has_one an STI subclass inherits (`Volunteer < User`, `has_many :learning_hours` on
 * User): Rails derives its foreign key from the class that declares it (`user_id`), not the subclass.
 */
function inheritedKey(a: AssocDecl, declaredIn: string, full: string): AssocDecl {
  if (declaredIn === full || a.kind === 'belongs_to' || a.foreignKey || a.foreignKeys || a.as || a.through) return a;
  return { ...a, foreignKey: defaultForeignKey(declaredIn) };
}

/** `Lead` → `lead_id` (the default foreign key of a has_many on the owner). */
export function defaultForeignKey(ownerName: string): string {
  return `${underscore(demodulize(ownerName))}_id`;
}

/**
 * One module declared in several files: the declaration that says something wins, keeping a
 * concern and a table name prefix another file declared (an explicit prefix over an engine's).
 */
function mergeModule(prev: ModuleDecl | undefined, m: ModuleDecl): ModuleDecl {
  if (!prev) return m;
  const base = m.tableNamePrefix !== undefined || m.concern || m.macros ? m : prev;
  const other = base === m ? prev : m;
  const prefixed = [prev, m].filter((d) => d.tableNamePrefix !== undefined);
  const prefix = prefixed.find((d) => !d.prefixFromEngine) ?? prefixed.at(-1);
  const merged: ModuleDecl = { ...base };
  if (!merged.concern && other.concern) merged.concern = other.concern;
  if (prefix) {
    merged.tableNamePrefix = prefix.tableNamePrefix;
    if (prefix.prefixFromEngine) merged.prefixFromEngine = true;
    else delete merged.prefixFromEngine;
  }
  return merged;
}
