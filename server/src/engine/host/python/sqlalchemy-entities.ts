/**
 * Which mapped class (or `Table`) an expression of SQLAlchemy code stands for: a class name, `cls`
 * of a model's classmethod, `aliased(Lead)`, `models.Lead`, a repository's `self.model`, the class a
 * caller passes. The translator's statements start from these.
 */
import { metadataTableModel } from './sqlalchemy-metadata-tables';
import { callArgs, field, lastName, type PyNode, resolveVariable, scopeOf, textOf, unparen } from './ast';
import { ctorArgument, instanceAttr, moduleClass } from './calls';
import type { ResolvedModel } from './models';
import { decodeStringExpr } from './strings';
import type { SaTranslator } from './sqlalchemy';
import { boundArgument } from './sqlalchemy-clauses';
import { propertyClass, viaSuper } from './sqlalchemy-interface';
import { heldTable, moduleTable } from './sqlalchemy-held-tables';
import { isClassMethod, tableModel } from './sqlalchemy-hybrids';

export interface Entity {
  readonly model: ResolvedModel;
  readonly node: PyNode;
}

/** `select(Lead)` / `query(Lead)` of one mapped class (not its columns, not a `Table`). */
export function wholeEntity(tr: SaTranslator, args: readonly PyNode[], e: Entity): boolean {
  const a = unparen(args[0]);
  if (args.length !== 1 || !a) return false;
  if (a.type === 'identifier') return a === e.node && !tr.index.tableDecl(textOf(tr.t, a), tr.file);
  return a.type === 'attribute' && field(a, 'attribute') === e.node;
}

/** A model class name or a `Table` variable → a model-like description. */
export function entityOf(tr: SaTranslator, n: PyNode | undefined, depth = 0): Entity | undefined {
  const u = unparen(n);
  if (!u) return undefined;
  if (u.type === 'identifier') {
    const name = textOf(tr.t, u);
    const m = tr.index.model(name, tr.file) ?? clsModel(tr, u);
    if (m && m.framework === 'sqlalchemy') return { model: m, node: u };
    const td = tr.index.tableDecl(name, tr.file);
    if (td) return { model: tableModel(td), node: u };
    // `session.query(database)`, the model class a caller passes (judged per caller), or `month =`:
    const arg = boundArgument(tr, u);
    const passed = arg ? entityOf(arg.tr, arg.node) : undefined;
    if (passed) return { model: passed.model, node: u };
    // `month = func.date_trunc("month", Lead.created_at)`; `select(month, …)`: reported at the use.
    const v = depth < 20 ? unparen(resolveVariable(tr.t, u, tr.scopes)) : undefined;
    if (v?.type === 'subscript') {
      // `table = self.db.model.metadata.tables["leads"]`.
      const td = heldTable(tr, v);
      if (td) return { model: tableModel(td), node: u };
      // `table = Base.metadata.tables[tablename]`: the mapped class's table.
      const m = metadataTableModel(tr, v);
      return m ? { model: m, node: u } : undefined;
    }
    // `tbl = leads` (also read by a closure the function defines): the table the name holds.
    if (v?.type !== 'call' && v?.type !== 'attribute' && v?.type !== 'identifier') return undefined;
    const e = v !== u ? entityOf(tr, v, depth + 1) : undefined;
    return e ? { model: e.model, node: u } : undefined;
  }
  // `self.db.model.leads`: a `Table` kept as a class attribute of a holder class.
  const heldTd = heldTable(tr, u) ?? moduleTable(tr, u);
  if (heldTd) return { model: tableModel(heldTd), node: u };
  // `self.model` (a class attribute of the repository, or set once in `__init__`).
  const held = heldModel(tr, u) ?? moduleModel(tr, u);
  if (held) return held;
  // `Lead.id` in `select(Lead.id)`, `leads.c.id` for a Table.
  if (u.type === 'attribute') {
    const obj = unparen(field(u, 'object'));
    if (obj?.type === 'attribute' && textOf(tr.t, field(obj, 'attribute')!) === 'c') return entityOf(tr, field(obj, 'object'), depth);
    return entityOf(tr, obj, depth);
  }
  if (u.type === 'call') {
    const fname = lastName(tr.t, field(u, 'function'));
    if (fname === 'aliased') return undefined;
    for (const a of callArgs(tr.t, u).positional) {
      const e = entityOf(tr, a, depth);
      if (e) return e;
    }
  }
  return undefined;
}

/** `cls` in a classmethod of a mapped class (`select(cls).where(cls.company == name)`): that model. */
export function clsModel(tr: SaTranslator, u: PyNode): ResolvedModel | undefined {
  const name = textOf(tr.t, u);
  if (name !== 'cls' && !(tr.env && name === tr.env.selfName)) return undefined;
  // An instance method's receiver is a row (`self.id` a value), not its class.
  if (tr.env && name === tr.env.selfName && scopeOf(u) === tr.env.fn && !isClassMethod(tr.t, tr.env.fn)) return undefined;
  const c = tr.selfClass(u);
  const m = c ? tr.index.model(c.name, c.unit.file) : undefined;
  if (m?.framework === 'sqlalchemy' && tr.env && tr.env.selfClass === c && scopeOf(u) === tr.env.fn) tr.selfHeld.v = true;
  return m?.framework === 'sqlalchemy' ? m : undefined;
}

/** `other` where `other = aliased(Lead)` (or `aliased(Lead, name="o")`): the model and the given name. */
export function aliasedModel(tr: SaTranslator, u: PyNode): { model: ResolvedModel; name?: string } | undefined {
  const v = unparen(resolveVariable(tr.t, u, tr.scopes));
  if (v?.type !== 'call' || lastName(tr.t, field(v, 'function')) !== 'aliased') return undefined;
  const args = callArgs(tr.t, v);
  const a0 = unparen(args.positional[0]);
  const m = a0?.type === 'identifier' ? tr.index.model(textOf(tr.t, a0), tr.file) : undefined;
  if (!m || m.framework !== 'sqlalchemy') return undefined;
  const nameNode = args.keywords.get('name');
  const name = nameNode ? decodeStringExpr(tr.t, nameNode)?.text : undefined;
  if (nameNode && name === undefined) return undefined;
  return { model: m, ...(name !== undefined ? { name } : {}) };
}

/** `models.Lead` (a mapped class reached through its module), reported at `Lead`. */
export function moduleModel(tr: SaTranslator, u: PyNode): Entity | undefined {
  if (u.type !== 'attribute') return undefined;
  const cls = moduleClass(tr, u) ?? propertyClass(tr, u);
  const m = cls ? tr.index.model(cls.name, cls.unit.file) : undefined;
  return m?.framework === 'sqlalchemy' ? { model: m, node: field(u, 'attribute')! } : undefined;
}

/** `self.model` → the mapped class a repository holds, reported at `self.model`. */
export function heldModel(tr: SaTranslator, u: PyNode): Entity | undefined {
  if (u.type !== 'attribute') return undefined;
  const obj = unparen(field(u, 'object'));
  const cls = obj?.type === 'identifier' ? tr.selfClass(obj) : undefined;
  if (!cls) return undefined;
  const attr = textOf(tr.t, field(u, 'attribute')!);
  const init = instanceAttr(tr.ctx.py, cls, attr);
  const classLevel = init ? undefined : tr.ctx.py.classAttr(cls, attr);
  const value = unparen(init?.value ?? classLevel?.value);
  const unit = init?.fn.unit ?? classLevel?.cls.unit;
  if (value?.type !== 'identifier' || !unit) return undefined;
  // `self.model = model` in `__init__`: the class the receiver's constructor call passes.
  const passed = init && tr.env?.selfClass === cls && tr.env.selfCtor ? viaSuper(tr.ctx.py, tr.env.selfCtor, cls, init.fn, value) ?? ctorArgument(tr.env.selfCtor, init.fn, value) : undefined;
  const m = passed ? tr.index.model(textOf(passed.tree, passed.node), passed.file) : tr.index.model(textOf(unit.tree, value), unit.file);
  if (!m || m.framework !== 'sqlalchemy') return undefined;
  if (tr.env?.selfClass === cls) tr.selfHeld.v = true;
  if (passed) tr.selfHeld.ctor = true;
  return { model: m, node: field(u, 'attribute')! };
}
