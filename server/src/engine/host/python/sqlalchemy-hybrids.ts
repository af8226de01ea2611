/**
 * SQLAlchemy hybrid attributes in conditions: `Lead.is_deleted` (`@hybrid_property`) and
 * `Lead.created_after(dt)` (`@hybrid_method`) run their function with the class as `self`, or
 * the `@is_deleted.expression` (`.inplace.expression`) override when the class gives one, and
 * the SQL expression it returns is the condition. An `if` on the method's arguments
 * (`if dt is None: return true()`) is decided by the caller's arguments when it can be, else each
 * return is a path. A hybrid with a custom `comparator` is not modelled.
 */
import { field, named, type PyNode, type PyTree, textOf, unparen } from './ast';
import { moduleClass } from './calls';
import { choice, type Decide } from './branches';
import { decideByArguments } from './decide';
import type { Pred } from '../../query/model';
import type { ResolvedModel, TableDecl } from './models';
import { type ClassInfo, type FnInfo, fnInfo, scopesOf } from './summaries';
import { type Env, type SaQuery, SaTranslator } from './sqlalchemy';
import { Unknown } from './synth';

interface Hybrid {
  /** The function that builds the SQL expression (the `.expression` override, else the hybrid itself). */
  readonly fn: FnInfo;
  readonly cls: ClassInfo;
  /** `@hybrid_method` (called with arguments) rather than `@hybrid_property`. */
  readonly method: boolean;
}

/** The decorators' expressions, without a trailing comment (`@expired.expression  # type: ignore` is common). */
function decorators(t: PyTree, d: PyNode): string[] {
  return d.children.filter((c) => c.type === 'decorator').map((c) => {
    const e = named(c).find((x) => x.type !== 'comment');
    return e ? textOf(t, e).trim() : '';
  });
}

/** The hybrid `attr` declared in `cls` or a visible base. */
export function hybridOf(tr: SaTranslator, cls: ClassInfo, attr: string, depth = 0): Hybrid | undefined {
  const t = cls.unit.tree;
  const body = field(cls.node, 'body');
  let base: { node: PyNode; method: boolean } | undefined;
  let expression: PyNode | undefined;
  let custom = false;
  for (const d of body ? named(body) : []) {
    const def = d.type === 'decorated_definition' ? field(d, 'definition') : undefined;
    if (def?.type !== 'function_definition') continue;
    const name = textOf(t, field(def, 'name')!);
    for (const deco of decorators(t, d)) {
      const h = /^(?:[\w.]+\.)?hybrid_(property|method)$/.exec(deco);
      if (h && name === attr) base = { node: def, method: h[1] === 'method' };
      if (deco === `${attr}.expression` || deco === `${attr}.inplace.expression`) expression = def;
      if (deco === `${attr}.comparator` || deco === `${attr}.inplace.comparator`) custom = true;
    }
  }
  if (base) return custom ? undefined : { fn: fnInfo(cls.unit, expression ?? base.node, cls), cls, method: base.method };
  if (depth > 8) return undefined;
  for (const b of cls.bases) {
    const bc = tr.py.classNamed(cls.unit.file, b);
    const h = bc && bc !== cls ? hybridOf(tr, bc, attr, depth + 1) : undefined;
    if (h) return h;
  }
  return undefined;
}

/** Whether a function is a hybrid's body or its `.expression` (run with the class as its first argument). */
export function isHybridFunction(t: PyTree, fn: PyNode): boolean {
  const d = fn.parent?.type === 'decorated_definition' ? fn.parent : undefined;
  return !!d && decorators(t, d).some((x) => /^(?:[\w.]+\.)?hybrid_(property|method)$|^\w+\.(?:inplace\.)?expression$/.test(x));
}

/**
 * The expression the function returns on the path being translated: a leading `if` whose arm
 * returns is decided by the arguments, else it is a path (both ways are translated).
 */
function returned(fn: FnInfo, decide: Decide): PyNode | undefined {
  const body = field(fn.node, 'body');
  for (const s of body ? named(body) : []) {
    if (s.type === 'comment' || (s.type === 'expression_statement' && named(s)[0]?.type === 'string')) continue;
    if (s.type === 'return_statement') return named(s)[0];
    if (s.type !== 'if_statement' || s.children.some((c) => c.type === 'elif_clause' || c.type === 'else_clause')) return undefined;
    const arm = named(s.children.find((c) => c.field === 'consequence')!).filter((c) => c.type !== 'comment');
    if (arm.length !== 1 || arm[0]!.type !== 'return_statement') return undefined;
    const taken = decide(s) ?? (choice(s, 2) === undefined ? undefined : choice(s, 2) === 1);
    if (taken === undefined) return undefined;
    if (taken) return named(arm[0]!)[0];
  }
  return undefined;
}

/** The class named by a hybrid's owner expression: `Lead`, `models.Lead`, `cls` in a classmethod or another hybrid. */
function ownerClass(tr: SaTranslator, obj: PyNode): ClassInfo | undefined {
  if (obj.type === 'attribute') return moduleClass(tr, obj);
  if (obj.type !== 'identifier') return undefined;
  const self = tr.selfClass(obj);
  if (self) return self;
  const r = tr.file ? tr.py.resolve(tr.file, textOf(tr.t, obj)) : undefined;
  return r?.kind === 'class' ? r.cls : undefined;
}

/**
 * `Lead.is_deleted` / `Lead.created_after(dt)` as a condition of `q`, when `n` names a hybrid of
 * a model the statement selects from; undefined when it is not one.
 */
export function hybridCondition(tr: SaTranslator, q: SaQuery, n: PyNode): Pred | undefined {
  const call = n.type === 'call' ? n : undefined;
  const a = call ? unparen(field(call, 'function')) : n;
  const obj = a?.type === 'attribute' ? unparen(field(a, 'object')) : undefined;
  if (!a || !obj) return undefined;
  const cls = ownerClass(tr, obj);
  const m = cls ? tr.index.model(cls.name, cls.unit.file) : undefined;
  if (!cls || m?.framework !== 'sqlalchemy' || ![q.model, ...q.entities].some((x) => x.className === m.className)) return undefined;
  const h = hybridOf(tr, cls, textOf(tr.t, field(a, 'attribute')!));
  if (!h || h.method !== (call !== undefined)) return undefined;
  if (tr.stack.has(h.fn.node) || tr.stack.size > 8) throw new Unknown('recursive hybrid');
  const used = { v: false };
  let env: Env | undefined;
  if (call) env = tr.bind(h.fn, call, { cls: h.cls }, used);
  else {
    const selfName = h.fn.params[0];
    env = selfName ? { fn: h.fn.node, args: new Map(), used, selfName, selfClass: h.cls, exactSelf: true, decide: decideByArguments(tr, h.fn, new Map(), h.cls) } : undefined;
  }
  if (!env?.selfName) throw new Unknown('hybrid arguments');
  const tree = h.fn.unit.tree;
  const sub = new SaTranslator(tr.ctx, tree, tree === tr.t ? tr.scopes : scopesOf(tree), h.fn.unit.file, tr.count, env, new Set([...tr.stack, h.fn.node]), { v: false });
  const ret = returned(h.fn, env.decide ?? (() => undefined));
  if (!ret) throw new Unknown('hybrid body');
  return sub.condition(q, ret);
}

/** Whether a function is decorated `@classmethod`, or is a hybrid's body or `.expression`: its first parameter is the class. */
export function isClassMethod(t: PyTree, fn: PyNode): boolean {
  const d = fn.parent?.type === 'decorated_definition' ? fn.parent.children.filter((c) => c.type === 'decorator') : [];
  return d.some((x) => /^@classmethod\s*$/.test(textOf(t, x))) || isHybridFunction(t, fn);
}

/** A `Table(...)` variable as a model-like description (its columns; `id` taken as the key). */
export function tableModel(td: TableDecl): ResolvedModel {
  const fields = new Map([...td.columns].map((c) => [c, { attr: c, column: c, isForeignKey: false, nullable: true, primaryKey: c === 'id', kind: 'Column' }] as const));
  return { framework: 'sqlalchemy', className: td.variable, schema: td.schema, table: td.table, fields, nonColumns: new Set(), managers: new Map(), complete: false, pk: 'id' };
}
