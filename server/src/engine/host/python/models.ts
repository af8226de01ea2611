/**
 * Models → tables → columns for Django and SQLAlchemy, learned from workspace files.
 * Class declarations are recorded raw (bases, fields, Meta) per file and resolved lazily,
 * so inheritance from abstract bases or mixins defined in other files works in any order.
 */
import path from 'node:path';
import { callArgs, dottedName, field, lastName, named, type PyNode, type PyTree, textOf, unparen } from './ast';
import { decodeStringExpr } from './strings';

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

export class ModelIndex {
  private readonly files = new Map<string, { classes: ClassDecl[]; tables: TableDecl[] }>();
  private classesByName = new Map<string, ClassDecl[]>();
  private tablesByVar = new Map<string, TableDecl[]>();
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
    for (const { classes, tables } of this.files.values()) {
      for (const c of classes) push(this.classesByName, c.name, c);
      for (const t of tables) push(this.tablesByVar, t.variable, t);
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
    if (!list) return undefined;
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
    if (!list) return undefined;
    return list.find((c) => c.file === preferFile) ?? (list.length === 1 ? list[0] : undefined);
  }

  private resolved = new Map<string, ResolvedModel | undefined>();
  /** Classes whose ancestry is being resolved (guards against inheritance cycles). */
  private readonly resolving = new Set<ClassDecl>();
  private resolvedVersion = -1;

  /** Resolves a model class name to its table and fields, or undefined when it is not a known concrete model. */
  model(name: string, preferFile?: string): ResolvedModel | undefined {
    this.rebuild();
    if (!this.classesByName.has(name)) return undefined;
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
    if (!own || c.sa.abstract) return undefined;
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
    return { framework, className: c.name, schema, table: own.sa.tableName!, fields, managers: new Map(), nonColumns, complete: chain.complete, pk, relations, relationDecls };
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
      for (const b of k.bases) {
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

/** The Django app label implied by a file path: the directory holding `models.py` or the `models/` package. */
export function appLabelFromPath(file: string): string | undefined {
  const norm = file.replace(/\\/g, '/').replace(/^file:\/\//, '');
  const parts = norm.split('/');
  const base = parts[parts.length - 1] ?? '';
  const dir = parts[parts.length - 2];
  if (base === 'models.py') return dir;
  if (dir === 'models') return parts[parts.length - 3];
  // Any other module: the package directory holding it.
  return dir && dir !== '.' ? path.basename(dir) : undefined;
}

const DJANGO_FK = new Set(['ForeignKey', 'OneToOneField', 'ParentalKey']);
const DJANGO_NOT_COLUMNS = new Set(['ManyToManyField', 'GenericRelation', 'GenericForeignKey', 'ParentalManyToManyField']);

/** Collects class and table declarations from a parsed file. */
export function collectDeclarations(t: PyTree, file: string): { classes: ClassDecl[]; tables: TableDecl[] } {
  const classes: ClassDecl[] = [];
  const tables: TableDecl[] = [];
  const pathAppLabel = appLabelFromPath(file);
  const visit = (n: PyNode): void => {
    for (const c of n.children) {
      if (c.type === 'class_definition') classes.push(collectClass(t, c, file, pathAppLabel));
      else if (c.type === 'decorated_definition') {
        const d = field(c, 'definition');
        if (d?.type === 'class_definition') classes.push(collectClass(t, d, file, pathAppLabel));
      } else if (c.type === 'expression_statement') {
        const a = named(c)[0];
        if (a?.type === 'assignment') {
          const left = field(a, 'left');
          const right = unparen(field(a, 'right'));
          if (left?.type === 'identifier' && right?.type === 'call' && lastName(t, field(right, 'function')) === 'Table') {
            const td = tableFromCall(t, right, textOf(t, left), file);
            if (td) tables.push(td);
          }
        }
      } else if (c.type === 'if_statement' || c.type === 'block' || c.type === 'try_statement') visit(c);
    }
  };
  visit(t.root);
  return { classes, tables };
}

function stringValue(t: PyTree, n: PyNode | undefined): string | undefined {
  const d = decodeStringExpr(t, n);
  return d && !d.interpolated ? d.text : undefined;
}

function tableFromCall(t: PyTree, call: PyNode, variable: string, file: string): TableDecl | undefined {
  const args = callArgs(t, call);
  const name = stringValue(t, args.positional[0]);
  if (name === undefined) return undefined;
  const columns = new Set<string>();
  for (const a of args.positional.slice(1)) {
    const u = unparen(a);
    if (u?.type === 'call' && lastName(t, field(u, 'function')) === 'Column') {
      const cn = stringValue(t, callArgs(t, u).positional[0]);
      if (cn !== undefined) columns.add(cn);
    }
  }
  return { variable, table: name, schema: stringValue(t, args.keywords.get('schema')), columns, file };
}

function isTrue(t: PyTree, n: PyNode | undefined): boolean {
  return !!n && textOf(t, n) === 'True';
}

function collectClass(t: PyTree, c: PyNode, file: string, pathAppLabel: string | undefined): ClassDecl {
  const name = textOf(t, field(c, 'name')!);
  const bases: string[] = [];
  const sup = field(c, 'superclasses');
  if (sup) for (const b of named(sup)) if (b.type !== 'keyword_argument') bases.push(dottedName(t, b) ?? textOf(t, b));
  const fields: FieldDecl[] = [];
  const managers: ManagerDecl[] = [];
  const nonColumns = new Set<string>();
  const meta: { dbTable?: string; appLabel?: string; abstract?: boolean; proxy?: boolean } = {};
  const sa: { tableName?: string; schema?: string; abstract?: boolean } = {};
  let getQueryset: PyNode | null | undefined;
  const relations = new Map<string, string>();
  const relationDecls = new Map<string, RelationDecl>();
  const body = field(c, 'body');
  for (const stmt of body ? named(body) : []) {
    if (stmt.type === 'class_definition' && textOf(t, field(stmt, 'name')!) === 'Meta') {
      const mb = field(stmt, 'body');
      for (const ms of mb ? named(mb) : []) {
        const a = named(ms)[0];
        if (ms.type !== 'expression_statement' || a?.type !== 'assignment') continue;
        const k = textOf(t, field(a, 'left')!);
        const v = field(a, 'right');
        if (k === 'db_table') meta.dbTable = stringValue(t, v);
        else if (k === 'app_label') meta.appLabel = stringValue(t, v);
        else if (k === 'abstract') meta.abstract = isTrue(t, v);
        else if (k === 'proxy') meta.proxy = isTrue(t, v);
      }
      continue;
    }
    const fn = stmt.type === 'decorated_definition' ? field(stmt, 'definition') : stmt;
    if (fn?.type === 'function_definition') {
      const fname = textOf(t, field(fn, 'name')!);
      nonColumns.add(fname);
      if (fname === 'get_queryset') getQueryset = returnedExpression(fn) ?? null;
      continue;
    }
    if (stmt.type !== 'expression_statement') continue;
    const a = named(stmt)[0];
    if (a?.type !== 'assignment') continue;
    const left = field(a, 'left');
    if (left?.type !== 'identifier') continue;
    const attr = textOf(t, left);
    const right = unparen(field(a, 'right'));
    const type = field(a, 'type');
    if (attr === '__tablename__') {
      sa.tableName = stringValue(t, right);
      continue;
    }
    if (attr === '__abstract__') {
      sa.abstract = isTrue(t, right);
      continue;
    }
    if (attr === '__table_args__') {
      sa.schema = tableArgsSchema(t, right);
      continue;
    }
    if (!right) {
      // SQLAlchemy 2.0 `created_at: Mapped[datetime]` maps a column of the attribute's name.
      if (type && /^Mapped\[/.test(textOf(t, type))) {
        fields.push({ attr, column: attr, isForeignKey: false, nullable: /Optional\[|None/.test(textOf(t, type)), primaryKey: false, kind: 'Mapped' });
      }
      continue;
    }
    if (right.type !== 'call') continue;
    const callee = field(right, 'function');
    const cname = lastName(t, callee) ?? '';
    const args = callArgs(t, right);
    if (cname === 'Column' || cname === 'mapped_column') {
      const first = stringValue(t, args.positional[0]);
      fields.push({
        attr,
        column: first ?? stringValue(t, args.keywords.get('name')) ?? attr,
        isForeignKey: false,
        nullable: !isFalse(t, args.keywords.get('nullable')) && !isTrue(t, args.keywords.get('primary_key')),
        primaryKey: isTrue(t, args.keywords.get('primary_key')),
        kind: cname,
      });
    } else if (DJANGO_FK.has(cname)) {
      const target = relationTarget(t, args.positional[0] ?? args.keywords.get('to'), name);
      const relatedName = stringValue(t, args.keywords.get('related_name'));
      const relatedQueryName = stringValue(t, args.keywords.get('related_query_name'));
      fields.push({
        attr,
        column: stringValue(t, args.keywords.get('db_column')) ?? `${attr}_id`,
        isForeignKey: true,
        nullable: isTrue(t, args.keywords.get('null')),
        primaryKey: isTrue(t, args.keywords.get('primary_key')),
        kind: cname,
        ...(target ? { target } : {}),
        ...(relatedName !== undefined ? { relatedName } : {}),
        ...(relatedQueryName !== undefined ? { relatedQueryName } : {}),
      });
    } else if (DJANGO_NOT_COLUMNS.has(cname) || ['relationship', 'column_property', 'hybrid_property', 'synonym', 'association_proxy'].includes(cname)) {
      nonColumns.add(attr);
      if (cname === 'relationship') {
        const a0 = unparen(args.positional[0] ?? args.keywords.get('argument'));
        const target = a0 ? (stringValue(t, a0) ?? (a0.type === 'identifier' ? textOf(t, a0) : undefined)) : undefined;
        if (target) {
          const short = target.slice(target.lastIndexOf('.') + 1);
          relations.set(attr, short);
          const pj = args.keywords.get('primaryjoin');
          const primaryjoin = pj ? stringValue(t, pj) : undefined;
          const lazy = stringValue(t, args.keywords.get('lazy'));
          const complex = (pj !== undefined && primaryjoin === undefined) || args.splat || ['secondary', 'foreign_keys', 'remote_side', 'secondaryjoin'].some((k) => args.keywords.has(k));
          relationDecls.set(attr, { target: short, innerjoin: isTrue(t, args.keywords.get('innerjoin')), complex, file, tree: t, node: left, ...(lazy !== undefined ? { lazy } : {}), ...(primaryjoin !== undefined ? { primaryjoin } : {}) });
        }
      }
    } else if (/Field$/.test(cname)) {
      fields.push({
        attr,
        column: stringValue(t, args.keywords.get('db_column')) ?? attr,
        isForeignKey: false,
        nullable: isTrue(t, args.keywords.get('null')),
        primaryKey: isTrue(t, args.keywords.get('primary_key')),
        kind: cname,
      });
    } else if (right.type === 'call' && field(right, 'function')?.type === 'identifier' && moduleFromQueryset(t, cname)) {
      // `LeadManager = BaseManager.from_queryset(LeadQuerySet)` at module level, then `objects = LeadManager()`.
      const made = moduleFromQueryset(t, cname)!;
      managers.push({ attr, className: undefined, fromQuerySet: true, methodClasses: managerMethodClasses(t, made, 'from_queryset') });
    } else if (/Manager$/.test(cname) || cname === 'as_manager' || /from_queryset/.test(textOf(t, right))) {
      const fromQuerySet = cname === 'as_manager' || /from_queryset/.test(textOf(t, right));
      managers.push({ attr, className: cname === 'Manager' || fromQuerySet ? undefined : cname, fromQuerySet, methodClasses: managerMethodClasses(t, right, cname) });
    } else nonColumns.add(attr);
  }
  return { name, file, tree: t, node: c, bases, fields, managers, nonColumns, meta, sa, pathAppLabel, getQueryset, relations, relationDecls };
}

/** `ForeignKey(Lead)`, `ForeignKey("Lead")`, `ForeignKey("crm.Lead")`, `ForeignKey("self")` → the model name. */
function relationTarget(t: PyTree, n: PyNode | undefined, own: string): string | undefined {
  const u = unparen(n);
  if (!u) return undefined;
  const s = stringValue(t, u);
  const name = s !== undefined ? s.slice(s.lastIndexOf('.') + 1) : u.type === 'identifier' || u.type === 'attribute' ? lastName(t, u) : undefined;
  return name === 'self' ? own : name;
}

const fromQuerysetAliases = new WeakMap<PyTree, Map<string, PyNode>>();

/** A module-level `Name = X.from_queryset(QS)` of the tree, as the call `Name()` would make (`X.from_queryset(QS)()`). */
function moduleFromQueryset(t: PyTree, name: string): PyNode | undefined {
  let m = fromQuerysetAliases.get(t);
  if (!m) {
    m = new Map();
    for (const c of t.root.children) {
      const a = c.type === 'expression_statement' ? named(c)[0] : undefined;
      const left = a?.type === 'assignment' ? field(a, 'left') : undefined;
      const right = a ? unparen(field(a, 'right')) : undefined;
      const f = right?.type === 'call' ? field(right, 'function') : undefined;
      if (left?.type === 'identifier' && f?.type === 'attribute' && textOf(t, field(f, 'attribute')!) === 'from_queryset') {
        // Shaped like `X.from_queryset(QS)()` for managerMethodClasses: a call whose function is that call.
        const made: PyNode = { type: 'call', start: right!.start, end: right!.end, field: null, named: true, children: [{ ...right!, field: 'function' }], parent: null };
        m.set(textOf(t, left), made);
      }
    }
    fromQuerysetAliases.set(t, m);
  }
  return m.get(name);
}

/** `LeadManager()` → [LeadManager]; `LeadQuerySet.as_manager()` → [LeadQuerySet]; `M.from_queryset(QS)()` → [M, QS]. */
function managerMethodClasses(t: PyTree, right: PyNode, cname: string): string[] {
  const fn = field(right, 'function');
  if (cname === 'as_manager' && fn?.type === 'attribute') {
    const o = lastName(t, field(fn, 'object'));
    return o ? [o] : [];
  }
  const inner = unparen(fn);
  if (inner?.type === 'call') {
    const f2 = field(inner, 'function');
    if (f2?.type === 'attribute' && textOf(t, field(f2, 'attribute')!) === 'from_queryset') {
      const out: string[] = [];
      const m = lastName(t, field(f2, 'object'));
      if (m && m !== 'Manager') out.push(m);
      const qs = lastName(t, callArgs(t, inner).positional[0]);
      if (qs) out.push(qs);
      return out;
    }
  }
  return cname && cname !== 'Manager' ? [cname] : [];
}

function isFalse(t: PyTree, n: PyNode | undefined): boolean {
  return !!n && textOf(t, n) === 'False';
}

function tableArgsSchema(t: PyTree, n: PyNode | undefined): string | undefined {
  if (!n) return undefined;
  const dicts: PyNode[] = [];
  if (n.type === 'dictionary') dicts.push(n);
  else if (n.type === 'tuple') for (const x of named(n)) if (x.type === 'dictionary') dicts.push(x);
  for (const d of dicts) {
    for (const p of named(d)) {
      if (p.type === 'pair' && stringValue(t, field(p, 'key')) === 'schema') return stringValue(t, field(p, 'value'));
    }
  }
  return undefined;
}

function returnedExpression(fn: PyNode): PyNode | undefined {
  const body = field(fn, 'body');
  if (!body) return undefined;
  const stmts = named(body);
  const last = stmts[stmts.length - 1];
  if (stmts.length !== 1 && !(stmts.length === 2 && stmts[0]!.type === 'expression_statement' && named(stmts[0]!)[0]?.type === 'string')) return undefined;
  if (last?.type !== 'return_statement') return undefined;
  return named(last)[0];
}
