/**
 * Python model declarations read from a parsed file: Django and SQLAlchemy classes (bases,
 * fields and relations, `Meta`, managers and their QuerySet classes) and SQLAlchemy `Table(...)`
 * variables, recorded raw for `ModelIndex` (`models.ts`) to resolve.
 */
import path from 'node:path';
import { callArgs, dottedName, field, lastName, named, type PyNode, type PyTree, textOf, unparen } from './ast';
import { decodeStringExpr } from './strings';
import { classBodyTables } from './sqlalchemy-held-tables';
import type { ClassDecl, FieldDecl, ManagerDecl, RelationDecl, TableDecl } from './models';

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
      if (c.type === 'class_definition') {
        classes.push(collectClass(t, c, file, pathAppLabel));
        tables.push(...classBodyTables(t, c, (call, variable) => tableFromCall(t, call, variable, file)));
      } else if (c.type === 'decorated_definition') {
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

/** `posts: WriteOnlyMapped["Post"]` / `DynamicMapped[...]` (SQLAlchemy 2.0): the loader strategy the annotation implies. */
function annotatedLoading(type: string): string | undefined {
  return /\bWriteOnlyMapped\[/.test(type) ? 'write_only' : /\bDynamicMapped\[/.test(type) ? 'dynamic' : undefined;
}

/** `primaryjoin=lambda: Lead.id == foreign(AgentOutput.lead_id)`: the comparison's text (read like the string form). */
function lambdaJoin(t: PyTree, n: PyNode): string | undefined {
  const u = unparen(n);
  const body = u?.type === 'lambda' && !field(u, 'parameters') ? unparen(field(u, 'body')) : undefined;
  return body?.type === 'comparison_operator' ? textOf(t, body) : undefined;
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
  let djangoFields = false;
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
    if (/^models\.(?:\w+Field|ForeignKey|OneToOneField)$/.test(dottedName(t, callee) ?? '')) djangoFields = true;
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
      const od = unparen(args.keywords.get('on_delete') ?? args.positional[1]);
      const onDelete = od?.type === 'identifier' || od?.type === 'attribute' ? lastName(t, od) : od?.type === 'call' ? lastName(t, field(od, 'function')) : undefined;
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
        ...(onDelete !== undefined ? { onDelete } : {}),
      });
    } else if (DJANGO_NOT_COLUMNS.has(cname) || ['relationship', 'column_property', 'hybrid_property', 'synonym', 'association_proxy'].includes(cname)) {
      nonColumns.add(attr);
      if (cname === 'relationship') {
        const a0 = unparen(args.positional[0] ?? args.keywords.get('argument'));
        const target = a0 ? (stringValue(t, a0) ?? (a0.type === 'identifier' ? textOf(t, a0) : undefined)) : type ? mappedTarget(textOf(t, type)) : undefined;
        if (target) {
          const short = target.slice(target.lastIndexOf('.') + 1);
          relations.set(attr, short);
          const pj = args.keywords.get('primaryjoin');
          const primaryjoin = pj ? (stringValue(t, pj) ?? lambdaJoin(t, pj)) : undefined;
          const lazyNode = args.keywords.get('lazy');
          // `lazy=True` is the default lazy load, `lazy=False` a joined load, anything else unknown.
          const lazy = lazyNode ? (stringValue(t, lazyNode) ?? (textOf(t, lazyNode) === 'True' ? 'select' : textOf(t, lazyNode) === 'False' ? 'joined' : '?')) : annotatedLoading(type ? textOf(t, type) : '');
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
  return { name, file, tree: t, node: c, bases, fields, managers, nonColumns, meta, sa, pathAppLabel, getQueryset, relations, relationDecls, ...(djangoFields ? { djangoFields } : {}) };
}

/** SQLAlchemy 2.0 `Mapped[list["AgentOutput"]]`, `Mapped[Optional["Lead"]]`, `Mapped[Lead]`: the related class. */
function mappedTarget(annotation: string): string | undefined {
  const m = /^(?:[\w]+\.)?(?:Mapped|WriteOnlyMapped|DynamicMapped)\[\s*(?:(?:typing\.)?(?:list|List|set|Set|Optional)\[\s*)?["']?([A-Za-z_][\w.]*)["']?\s*\]?\s*(?:\|\s*None\s*)?\]$/.exec(annotation.trim());
  return m?.[1];
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
  // A docstring, and locals assigned on the one path before the return (`qs = super()…; return qs`), which the translator resolves.
  const plain = (st: PyNode, i: number): boolean => {
    const e = st.type === 'expression_statement' ? named(st)[0] : undefined;
    return (i === 0 && e?.type === 'string') || (e?.type === 'assignment' && field(e, 'left')?.type === 'identifier' && !!field(e, 'right'));
  };
  if (last?.type !== 'return_statement' || !stmts.slice(0, -1).every(plain)) return undefined;
  return named(last)[0];
}
