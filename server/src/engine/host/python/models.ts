/**
 * Models → tables → columns for Django and SQLAlchemy, learned from workspace files.
 * Class declarations are recorded raw (bases, fields, Meta) per file and resolved lazily,
 * so inheritance from abstract bases or mixins defined in other files works in any order.
 * The declarations are read from a file's tree in `declarations.ts`.
 */
import { field, named, type PyNode, type PyTree, textOf } from './ast';

export interface FieldDecl {
  /** Attribute name in the class. */
  readonly attr: string;
  /** Column name in the table (`db_column`, `Column('name')`, `<fk>_id`). */
  readonly column: string;
  readonly isForeignKey: boolean;
  readonly nullable: boolean;
  readonly primaryKey: boolean;
  /** Field class name (`DateTimeField`, `Column`, ...). */
  readonly kind: string;
  /** Django relations: the target model name (`Lead`, from `ForeignKey(Lead)` / `"crm.Lead"`; `self` → own class). */
  readonly target?: string;
  /** `related_name` / `related_query_name` of a Django relation. */
  readonly relatedName?: string;
  readonly relatedQueryName?: string;
  /** A Django relation's `on_delete` handler, by its last name (`CASCADE`, `SET_NULL`, `PROTECT`, `DO_NOTHING`). */
  readonly onDelete?: string;
}

export interface ManagerDecl {
  readonly attr: string;
  /** Class name of the manager (`LeadManager`), or undefined for a plain `models.Manager()`. */
  readonly className: string | undefined;
  /** True when the manager comes from a QuerySet (`as_manager`, `from_queryset`). */
  readonly fromQuerySet: boolean;
  /** Classes whose methods the manager offers (the manager class, the QuerySet class). */
  readonly methodClasses: readonly string[];
}

export interface ClassDecl {
  readonly name: string;
  readonly file: string;
  readonly tree: PyTree;
  readonly node: PyNode;
  readonly bases: readonly string[];
  readonly fields: readonly FieldDecl[];
  readonly managers: readonly ManagerDecl[];
  /** Attributes that are not columns (relationships, properties, methods). */
  readonly nonColumns: ReadonlySet<string>;
  readonly meta: { dbTable?: string; appLabel?: string; abstract?: boolean; proxy?: boolean };
  /** SQLAlchemy `__tablename__` / `__table_args__` schema / `__abstract__`. */
  readonly sa: { tableName?: string; schema?: string; abstract?: boolean };
  /** Django app label from the file path. */
  readonly pathAppLabel: string | undefined;
  /** Declares fields with Django's `models.…Field(…)` / `models.ForeignKey(…)` (a model on a third-party abstract base). */
  readonly djangoFields?: boolean;
  /** For manager classes: the node of `get_queryset`'s returned expression, or null when it is not visible. */
  readonly getQueryset?: PyNode | null;
  /** SQLAlchemy `relationship("Target")` attributes. */
  readonly relations?: ReadonlyMap<string, string>;
  /** SQLAlchemy `relationship()` declarations: how each loads (eager loading sends more SQL). */
  readonly relationDecls?: ReadonlyMap<string, RelationDecl>;
}

/** A SQLAlchemy `relationship(...)` declaration. */
export interface RelationDecl {
  readonly target: string;
  /** `lazy="joined"`, `"selectin"`, … (undefined: the default lazy load on access). */
  readonly lazy?: string;
  readonly innerjoin: boolean;
  /** The `primaryjoin` string, when given as one. */
  readonly primaryjoin?: string;
  /** `primaryjoin` given as an expression, `secondary`, `foreign_keys`: a join we do not model. */
  readonly complex: boolean;
  readonly file: string;
  readonly tree: PyTree;
  /** The attribute name node of the declaration. */
  readonly node: PyNode;
}

/** A SQLAlchemy `Table('name', metadata, Column(...), schema=...)` bound to a module-level name. */
export interface TableDecl {
  readonly variable: string;
  readonly table: string;
  readonly schema: string | undefined;
  readonly columns: ReadonlySet<string>;
  readonly file: string;
  /** The class whose attribute holds the table (`class Model: leads = Table(…)`), if not module-level. */
  readonly holder?: string;
}

export interface ResolvedModel {
  readonly framework: 'django' | 'sqlalchemy';
  readonly className: string;
  readonly schema: string | undefined;
  readonly table: string;
  readonly fields: ReadonlyMap<string, FieldDecl>;
  readonly nonColumns: ReadonlySet<string>;
  readonly managers: ReadonlyMap<string, ManagerDecl>;
  /** True when all bases were seen, so an unknown attribute really is not a field. */
  readonly complete: boolean;
  readonly pk: string;
  /** SQLAlchemy `relationship()` attributes → target class names. */
  readonly relations?: ReadonlyMap<string, string>;
  readonly relationDecls?: ReadonlyMap<string, RelationDecl>;
}

const DJANGO_BASES = new Set(['models.Model', 'Model', 'django.db.models.Model', 'PostgresPartitionedModel', 'PostgresModel', 'PostgresViewModel']);
const SA_ROOTS = new Set(['Base', 'DeclarativeBase', 'db.Model', 'Model', 'DeclarativeBaseNoMeta', 'AsyncAttrs', 'MappedAsDataclass']);

/**
 * Flask-SQLAlchemy's table name for a model that declares none: a class made directly on
 * `db.Model` (mixins aside) with a primary key column is mapped to its name in snake case
 * (`AgentOutput` → `agent_output`, Flask-SQLAlchemy's `camel_to_snake_case`).
 */
function flaskTableName(c: ClassDecl, chain: readonly ClassDecl[], bases: readonly string[]): string | undefined {
  if (!bases.includes('db.Model') || !chain.some((k) => k.fields.some((f) => f.primaryKey))) return undefined;
  return c.name.replace(/((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))/g, '_$1').toLowerCase().replace(/^_+/, '');
}

/** What a name a file imports stands for: the name it has in the module that defines it, and that module. */
export type ImportedName = (file: string, name: string) => { readonly name: string; readonly file: string } | undefined;

export class ModelIndex {
  /** Set by the Python index: a class or `Table` imported under another name (`from app.models import Lead as LeadRow`). */
  importedName: ImportedName | undefined;
  private readonly files = new Map<string, { classes: ClassDecl[]; tables: TableDecl[] }>();
  private classesByName = new Map<string, ClassDecl[]>();
  private tablesByVar = new Map<string, TableDecl[]>();
  private heldByAttr = new Map<string, TableDecl[]>();
  private heldByName = new Map<string, TableDecl[]>();
  private dirty = false;

  private readonly signatures = new Map<string, string>();
  private versionCounter = 0;

  /** Changes whenever what the index knows changes (cache key for derived results). */
  get version(): number {
    return this.versionCounter;
  }

  setFile(file: string, classes: ClassDecl[], tables: TableDecl[]): void {
    if (classes.length === 0 && tables.length === 0) {
      this.removeFile(file);
      return;
    }
    // Re-indexing the same declarations (every keystroke in an open file) keeps the version.
    const sig = JSON.stringify([classes.map((c) => c.tree.src.slice(c.node.start, c.node.end)), tables]);
    this.files.set(file, { classes, tables });
    this.dirty = true;
    if (this.signatures.get(file) !== sig) {
      this.signatures.set(file, sig);
      this.versionCounter++;
    }
  }

  /** The text a file's declarations were read from. */
  textOf(file: string): string | undefined {
    return this.files.get(file)?.classes[0]?.tree.src;
  }

  removeFile(file: string): void {
    this.signatures.delete(file);
    if (this.files.delete(file)) {
      this.dirty = true;
      this.versionCounter++;
    }
  }

  private rebuild(): void {
    if (!this.dirty) return;
    this.classesByName = new Map();
    this.tablesByVar = new Map();
    this.heldByAttr = new Map();
    this.heldByName = new Map();
    for (const { classes, tables } of this.files.values()) {
      for (const c of classes) push(this.classesByName, c.name, c);
      for (const t of tables) {
        // A class attribute is reached through its holder, never as a bare name.
        if (t.holder === undefined) push(this.tablesByVar, t.variable, t);
        else {
          push(this.heldByAttr, t.variable, t);
          push(this.heldByName, t.table, t);
        }
      }
    }
    this.dirty = false;
  }

  /** Module paths (`crm/models`) of names imported by the file being checked. */
  private imports: ReadonlyMap<string, string> = new Map();

  /** Runs `fn` with the checked file's imports used to tell same-named classes apart. */
  withImports<T>(imports: ReadonlyMap<string, string>, fn: () => T): T {
    const old = this.imports;
    this.imports = imports;
    try {
      return fn();
    } finally {
      this.imports = old;
    }
  }

  /** A class by name; the one in `preferFile` wins, then the imported module's, otherwise only an unambiguous name. */
  classDecl(name: string, preferFile?: string): ClassDecl | undefined {
    this.rebuild();
    const list = this.classesByName.get(name);
    if (!list) {
      const real = this.renamed(name, preferFile);
      return real && this.classesByName.has(real.name) ? this.classDecl(real.name, real.file) : undefined;
    }
    const local = list.find((c) => c.file === preferFile);
    if (local) return local;
    if (list.length === 1) return list[0];
    const mod = this.imports.get(name);
    if (mod) {
      const hits = list.filter((c) => moduleMatches(c.file, mod));
      if (hits.length === 1) return hits[0];
    }
    // Same directory (the same Django app or package) as the referring file.
    if (preferFile) {
      const dir = dirOf(preferFile);
      const hits = list.filter((c) => dirOf(c.file) === dir);
      if (hits.length === 1) return hits[0];
    }
    return undefined;
  }

  tableDecl(variable: string, preferFile?: string): TableDecl | undefined {
    this.rebuild();
    const list = this.tablesByVar.get(variable);
    if (!list) {
      const real = this.renamed(variable, preferFile);
      return real && this.tablesByVar.has(real.name) ? this.tableDecl(real.name, real.file) : undefined;
    }
    return list.find((c) => c.file === preferFile) ?? (list.length === 1 ? list[0] : undefined);
  }

  /** The `Table` a holder class keeps under attribute `attr`, when only one holder declares it. */
  heldTable(attr: string): TableDecl | undefined {
    this.rebuild();
    const list = this.heldByAttr.get(attr);
    return list?.length === 1 ? list[0] : undefined;
  }

  /** The held `Table` named `table` in the database, when only one holder declares it. */
  heldTableNamed(table: string): TableDecl | undefined {
    this.rebuild();
    const list = this.heldByName.get(table);
    return list?.length === 1 ? list[0] : undefined;
  }

  /** Every attribute name of a held `Table`. */
  heldTableAttributes(): IterableIterator<[string, TableDecl[]]> {
    this.rebuild();
    return this.heldByAttr.entries();
  }

  private resolved = new Map<string, ResolvedModel | undefined>();
  /** Classes whose ancestry is being resolved (guards against inheritance cycles). */
  private readonly resolving = new Set<ClassDecl>();
  private resolvedVersion = -1;

  /**
   * The class a name stands for in a file when it is no class name itself: an import under another
   * name (`from crm.models import Lead as LeadModel`). Set by the workspace index, which reads imports.
   */
  aliasOf: ((file: string, name: string) => { readonly name: string; readonly file: string } | undefined) | undefined;

  /** The class name a name written in `file` stands for: itself, or the class a file's alias imports. */
  className(name: string, file: string | undefined): string {
    this.rebuild();
    if (this.classesByName.has(name) || file === undefined) return name;
    return this.aliasOf?.(file, name)?.name ?? name;
  }

  /** Resolves a model class name (or a file's alias of one) to its table and fields, or undefined when it is not a known concrete model. */
  model(name: string, preferFile?: string): ResolvedModel | undefined {
    this.rebuild();
    if (!this.classesByName.has(name)) {
      // Not memoised with the name: what a file's imports bind changes without any model changing.
      const real = this.renamed(name, preferFile) ?? (preferFile !== undefined ? this.aliasOf?.(preferFile, name) : undefined);
      return real && real.name !== name && this.classesByName.has(real.name) ? this.model(real.name, real.file) : undefined;
    }
    if (this.resolvedVersion !== this.versionCounter) {
      this.resolved = new Map();
      this.resolvedVersion = this.versionCounter;
    }
    const key = `${name}\u0000${preferFile ?? ''}\u0000${this.imports.get(name) ?? ''}`;
    if (this.resolved.has(key)) return this.resolved.get(key);
    const m = this.resolveModel(name, preferFile);
    this.resolved.set(key, m);
    return m;
  }

  /** The name a class or `Table` is declared with, for a name written in `file` (the same, unless imported under another). */
  declaredName(name: string, file: string | undefined): string {
    this.rebuild();
    return this.classesByName.has(name) || this.tablesByVar.has(name) ? name : (this.renamed(name, file)?.name ?? name);
  }

  /** A dotted base as if its first name were imported unrenamed (`database.Model` for `from app.ext import db as database` → `db.Model`). */
  private baseName(base: string, file: string): string {
    const dot = base.indexOf('.');
    if (dot < 0) return base;
    const real = this.renamed(base.slice(0, dot), file);
    return real ? `${real.name}${base.slice(dot)}` : base;
  }

  /** The defining name and module of `name` when `file` imports it under a name no class or `Table` has. */
  private renamed(name: string, file: string | undefined): { readonly name: string; readonly file: string } | undefined {
    const real = file ? this.importedName?.(file, name) : undefined;
    return real && real.name !== name ? real : undefined;
  }

  /**
   * The Django model registered as `app_label.ModelName` (`apps.get_model("crm", "Lead")`): Django
   * matches the model name case-insensitively within the app; a label no class carries falls back
   * to the one model of that name.
   */
  modelByLabel(appLabel: string, modelName: string): ResolvedModel | undefined {
    this.rebuild();
    const lower = modelName.toLowerCase();
    const named = [...this.classesByName.values()].flat().filter((c) => c.name.toLowerCase() === lower);
    const inApp = named.filter((c) => (c.meta.appLabel ?? c.pathAppLabel) === appLabel);
    const pick = inApp.length === 1 ? inApp[0] : inApp.length === 0 && named.length === 1 ? named[0] : undefined;
    const m = pick ? this.model(pick.name, pick.file) : undefined;
    return m?.framework === 'django' ? m : undefined;
  }

  private resolveModel(name: string, preferFile?: string): ResolvedModel | undefined {
    const c = this.classDecl(name, preferFile);
    if (!c) return undefined;
    const chain = this.ancestors(c, preferFile);
    if (!chain) return undefined;
    const framework = chain.framework;
    if (framework === 'django') {
      if (c.meta.abstract) return undefined;
      if (c.meta.proxy) {
        // A proxy model reads its concrete parent's table.
        const parentName = c.bases.map((b) => b.slice(b.lastIndexOf('.') + 1)).find((b) => this.classDecl(b, c.file));
        const parent = parentName ? this.model(parentName, c.file) : undefined;
        if (!parent) return undefined;
        const managers = new Map(parent.managers);
        for (const m of c.managers) managers.set(m.attr, m);
        return { ...parent, className: c.name, managers };
      }
      // Multi-table inheritance puts inherited fields in the parent's table: not modelled.
      if (chain.concreteParent) return undefined;
      const appLabel = c.meta.appLabel ?? c.pathAppLabel;
      let table = c.meta.dbTable;
      let schema: string | undefined;
      if (table === undefined) {
        if (!appLabel) return undefined;
        table = `${appLabel}_${c.name.toLowerCase()}`;
      } else {
        // The `'"schema"."table"'` idiom.
        const m = /^"([^"]+)"\."([^"]+)"$/.exec(table);
        if (m) {
          schema = m[1];
          table = m[2]!;
        }
      }
      const fields = new Map<string, FieldDecl>();
      const managers = new Map<string, ManagerDecl>();
      const nonColumns = new Set<string>();
      for (const k of [...chain.classes].reverse()) {
        for (const f of k.fields) fields.set(f.attr, f);
        for (const m of k.managers) managers.set(m.attr, m);
        for (const n of k.nonColumns) nonColumns.add(n);
      }
      const pk = [...fields.values()].find((f) => f.primaryKey)?.column ?? 'id';
      return { framework, className: c.name, schema, table, fields, managers, nonColumns, complete: chain.complete, pk };
    }
    const own = chain.classes.find((k) => k.sa.tableName !== undefined);
    const tableName = own?.sa.tableName ?? flaskTableName(c, chain.classes, c.bases.map((b) => this.baseName(b, c.file)));
    if (tableName === undefined || c.sa.abstract) return undefined;
    const fields = new Map<string, FieldDecl>();
    const nonColumns = new Set<string>();
    for (const k of [...chain.classes].reverse()) {
      for (const f of k.fields) fields.set(f.attr, f);
      for (const n of k.nonColumns) nonColumns.add(n);
    }
    const schema = chain.classes.find((k) => k.sa.schema !== undefined)?.sa.schema;
    const pk = [...fields.values()].find((f) => f.primaryKey)?.column ?? 'id';
    const relations = new Map<string, string>();
    const relationDecls = new Map<string, RelationDecl>();
    for (const k of [...chain.classes].reverse()) {
      for (const [a, r] of k.relations ?? []) relations.set(a, r);
      for (const [a, r] of k.relationDecls ?? []) relationDecls.set(a, r);
    }
    return { framework, className: c.name, schema, table: tableName, fields, managers: new Map(), nonColumns, complete: chain.complete, pk, relations, relationDecls };
  }

  private ancestors(c: ClassDecl, preferFile?: string): { framework: 'django' | 'sqlalchemy'; classes: ClassDecl[]; complete: boolean; concreteParent: boolean } | undefined {
    const classes: ClassDecl[] = [];
    let framework: 'django' | 'sqlalchemy' | undefined;
    let complete = true;
    let concreteParent = false;
    const seen = new Set<ClassDecl>();
    const visit = (k: ClassDecl, depth: number): void => {
      if (seen.has(k) || depth > 20) return;
      seen.add(k);
      classes.push(k);
      if (k.sa.tableName !== undefined) framework ??= 'sqlalchemy';
      for (const b of k.bases.map((x) => this.baseName(x, k.file))) {
        if (DJANGO_BASES.has(b)) {
          framework ??= 'django';
          continue;
        }
        if (SA_ROOTS.has(b) || b.endsWith('.Base')) {
          framework ??= 'sqlalchemy';
          continue;
        }
        const short = b.slice(b.lastIndexOf('.') + 1);
        let parent = this.classDecl(short, k.file) ?? this.classDecl(short, preferFile);
        if (parent === k) {
          // `class Migration(migrations.Migration)`: the base is another class of the same name.
          const others = (this.classesByName.get(short) ?? []).filter((x) => x !== k);
          parent = others.length === 1 ? others[0] : undefined;
        }
        if (!parent) {
          if (!/Mixin$|^object$|^Generic/.test(short)) complete = false;
          // `class Note(SoftDeleteModel)` from a package, with `models.TextField()` fields: a Django model.
          if (k.djangoFields && /Model$/.test(short)) framework ??= 'django';
          continue;
        }
        if (depth === 0 && !parent.meta.abstract && !this.resolving.has(parent)) {
          this.resolving.add(parent);
          try {
            if (this.ancestors(parent, preferFile)?.framework === 'django') concreteParent = true;
          } finally {
            this.resolving.delete(parent);
          }
        }
        visit(parent, depth + 1);
      }
    };
    visit(c, 0);
    if (!framework) return undefined;
    return { framework, classes, complete, concreteParent };
  }

  /** Every class name the index holds, with the files declaring it. */
  classNames(): IterableIterator<[string, ClassDecl[]]> {
    this.rebuild();
    return this.classesByName.entries();
  }

  /** Every `Table(...)` variable. */
  tableVariables(): IterableIterator<[string, TableDecl[]]> {
    this.rebuild();
    return this.tablesByVar.entries();
  }

  /**
   * Django relations whose reverse side is called `name`: the accessor (`lead.outputs`,
   * `lead.agentoutput_set`) or the lookup name (`outputs__status`, `agentoutput__status`).
   * `target` limits them to relations pointing at that model.
   */
  reverseRelations(name: string, kind: 'accessor' | 'query', target?: string): { model: string; file: string; field: FieldDecl }[] {
    this.rebuild();
    const out: { model: string; file: string; field: FieldDecl }[] = [];
    for (const [cls, decls] of this.classesByName) {
      for (const d of decls) {
        for (const f of d.fields) {
          if (!f.isForeignKey || !f.target || (target !== undefined && f.target !== target)) continue;
          const own = kind === 'accessor' ? (f.relatedName ?? `${cls.toLowerCase()}_set`) : (f.relatedQueryName ?? f.relatedName ?? cls.toLowerCase());
          if (own === name) out.push({ model: cls, file: d.file, field: f });
        }
      }
    }
    return out;
  }

  managerClass(name: string, preferFile?: string): ClassDecl | undefined {
    return this.classDecl(name, preferFile);
  }
}

function dirOf(file: string): string {
  const n = file.replace(/\\/g, '/');
  return n.slice(0, n.lastIndexOf('/') + 1);
}

function moduleMatches(file: string, mod: string): boolean {
  const f = file.replace(/\\/g, '/').replace(/\.py$/, '');
  return f === mod || f.endsWith(`/${mod}`) || f.endsWith(`/${mod}/__init__`) || f === `${mod}/__init__` || f.includes(`/${mod}/`) || f.startsWith(`${mod}/`);
}

/** `from crm.models import Lead as L` → L → `crm/models`. Relative imports keep their dots stripped. */
export function importsOf(t: PyTree): Map<string, string> {
  const out = new Map<string, string>();
  for (const stmt of named(t.root)) {
    if (stmt.type !== 'import_from_statement') continue;
    const mod = field(stmt, 'module_name');
    if (!mod) continue;
    const modPath = textOf(t, mod).replace(/^\.+/, '').replace(/\./g, '/');
    for (const c of stmt.children) {
      if (c.field !== 'name') continue;
      if (c.type === 'dotted_name') out.set(textOf(t, c), modPath);
      else if (c.type === 'aliased_import') {
        const alias = field(c, 'alias');
        if (alias) out.set(textOf(t, alias), modPath);
      }
    }
  }
  return out;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
