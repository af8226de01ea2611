/**
 * Core `Table`s held as class attributes of a plain holder class (Buildbot's `class Model:
 * builds = sa.Table("builds", metadata, …)`), reached through an instance or the class itself
 * (`self.db.model.builds`, `Model.builds`) or by name from the holder's metadata
 * (`self.db.model.metadata.tables["builds"]`); module-level tables reached through their module (`tables.leads`).
 */
import { field, named, type PyNode, type PyTree, resolveVariable, textOf, unparen } from './ast';
import type { ModelIndex, TableDecl } from './models';
import type { SaTranslator } from './sqlalchemy';
import { boundArgument } from './sqlalchemy-clauses';
import { decodeStringExpr } from './strings';
import type { PythonIndex } from './workspace';

/** The `name = Table(...)` assignments of a class body; `read` turns one call into a declaration. */
export function classBodyTables(t: PyTree, cls: PyNode, read: (call: PyNode, variable: string) => TableDecl | undefined): TableDecl[] {
  const body = field(cls, 'body');
  const name = field(cls, 'name');
  if (!body || !name) return [];
  const holder = textOf(t, name);
  const out: TableDecl[] = [];
  for (const stmt of named(body)) {
    const a = stmt.type === 'expression_statement' ? named(stmt)[0] : undefined;
    if (a?.type !== 'assignment') continue;
    const left = field(a, 'left');
    const right = unparen(field(a, 'right'));
    if (left?.type !== 'identifier' || right?.type !== 'call') continue;
    const fn = field(right, 'function');
    const fname = fn?.type === 'attribute' ? textOf(t, field(fn, 'attribute')!) : fn ? textOf(t, fn) : '';
    if (fname !== 'Table') continue;
    const td = read(right, textOf(t, left));
    if (td) out.push({ ...td, holder });
  }
  return out;
}

/** The last name of a receiver (`model` of `self.db.model`, `Model`), or undefined for other shapes. */
function receiverName(t: PyTree, n: PyNode | undefined): string | undefined {
  const u = unparen(n);
  if (u?.type === 'identifier') return textOf(t, u);
  if (u?.type === 'attribute') return textOf(t, field(u, 'attribute')!);
  return undefined;
}

/**
 * The held table an expression names: `<…>.model.builds` or `Model.builds`, where the receiver's
 * last name is the holder class or its instance attribute spelled in lower case. Any other
 * receiver (`self.builds` of an unrelated class) is not read as the table.
 */
export function heldTable(tr: { readonly t: PyTree; readonly index: ModelIndex }, n: PyNode | undefined): TableDecl | undefined {
  const u = unparen(n);
  if (u?.type === 'attribute') {
    const recv = receiverName(tr.t, field(u, 'object'));
    if (!recv) return undefined;
    const td = tr.index.heldTable(textOf(tr.t, field(u, 'attribute')!));
    return td?.holder && (recv === td.holder || recv === snake(td.holder)) ? td : undefined;
  }
  // `<…>.model.metadata.tables["builds"]`: the holder's metadata looked up by table name.
  if (u?.type === 'subscript') {
    const value = unparen(field(u, 'value'));
    const key = decodeStringExpr(tr.t, field(u, 'subscript'));
    if (value?.type !== 'attribute' || textOf(tr.t, field(value, 'attribute')!) !== 'tables' || !key || key.interpolated) return undefined;
    const meta = unparen(field(value, 'object'));
    if (meta?.type !== 'attribute' || textOf(tr.t, field(meta, 'attribute')!) !== 'metadata') return undefined;
    const td = tr.index.heldTableNamed(key.text);
    const recv = receiverName(tr.t, field(meta, 'object'));
    return td?.holder && recv && (recv === td.holder || recv === snake(td.holder)) ? td : undefined;
  }
  return undefined;
}

/** `tables.leads` where `tables` is a module (`from app import tables`): the `Table` that module declares or imports. */
export function moduleTable(tr: { readonly t: PyTree; readonly index: ModelIndex; readonly file: string | undefined; readonly ctx: { readonly py: PythonIndex } }, n: PyNode | undefined): TableDecl | undefined {
  const u = unparen(n);
  const o = u?.type === 'attribute' ? unparen(field(u, 'object')) : undefined;
  if (o?.type !== 'identifier' || !tr.file) return undefined;
  const r = tr.ctx.py.resolve(tr.file, textOf(tr.t, o));
  if (r?.kind !== 'module') return undefined;
  const attr = textOf(tr.t, field(u!, 'attribute')!);
  const real = tr.index.importedName?.(r.mod.file, attr) ?? { name: attr, file: r.mod.file };
  const td = tr.index.tableDecl(real.name, real.file);
  return td?.file === real.file && !td.holder ? td : undefined;
}

function snake(name: string): string {
  return name.replace(/((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))/g, '_$1').toLowerCase();
}

/** A `Table` an expression stands for: a module-level variable, a held table, or a local bound to either. */
export function coreTableOf(tr: SaTranslator, n: PyNode | undefined, depth = 0): TableDecl | undefined {
  const u = unparen(n);
  if (u?.type !== 'identifier') return heldTable(tr, u) ?? moduleTable(tr, u);
  const td = tr.index.tableDecl(textOf(tr.t, u), tr.file);
  if (td || depth > 8) return td;
  // A parameter the caller binds to a table (`find_id(conn, leads, leads.c.kind == kind)`).
  const arg = boundArgument(tr, u);
  if (arg) return coreTableOf(arg.tr, arg.node, depth + 1);
  const v = unparen(resolveVariable(tr.t, u, tr.scopes));
  return v && v !== u ? coreTableOf(tr, v, depth + 1) : undefined;
}

