/**
 * SQLAlchemy statements run by code the call reaches: an inherited repository method running
 * `select(self.model)` for the receiver's class, a generic DAO's classmethod once per visible
 * subclass naming its model, a query-builder object's terminal method over the statement its
 * chain of calls left in `self`. Each is translated in the callee's tree by `SaTranslator`.
 */
import { field, named, type PyNode, textOf, unparen } from './ast';
import { calleeName, classCalled, enclosingClass, resolveCallee } from './calls';
import { type Env, type SaQuery, SaTranslator } from './sqlalchemy';
import { executionAt, executionSites } from './sqlalchemy-sites';
import { type ClassInfo, scopesOf } from './summaries';
import type { Site } from './synth';

/** A statement a callee runs, with the translator of the callee's tree that synthesizes it. */
export interface Execution {
  readonly tr: SaTranslator;
  readonly q: SaQuery;
  readonly terminal: string | undefined;
  readonly site: Site;
}

/**
 * `LeadRepository(session).everything()` where an inherited method runs `select(self.model)`
 * itself: judged at the call with the receiver's class (the method's own file cannot know it).
 */
export function executedWithReceiver(tr: SaTranslator, call: PyNode): Execution[] {
  const c = resolveCallee(tr, call);
  // An inherited classmethod (`Lead.get_by_id(…)` from a mixin reading `cls.query`) runs for the class it is called on.
  const classmethod = c?.fn.node.parent?.type === 'decorated_definition' && /@classmethod\b/.test(textOf(c.fn.unit.tree, c.fn.node.parent)) && tr.index.model(c.self!.cls.name, c.self!.cls.unit.file)?.framework === 'sqlalchemy';
  if (!c?.self || (c.self.unbound && !classmethod) || !c.fn.owner || (c.fn.owner.node === c.self.cls.node && !c.self.ctor) || tr.stack.has(c.fn.node)) return [];
  const own = c.fn.owner.node === c.self.cls.node;
  const out: Execution[] = [];
  const tt = c.fn.unit.tree;
  const sites = executionSites(tt, c.fn.node);
  for (const site of sites) {
    const e = executionAt(tt, site)!;
    const env = tr.bind(c.fn, call, c.self, { v: false });
    if (!env) return out;
    const held: { v: boolean; ctor?: boolean } = { v: false };
    const sub = new SaTranslator(tr.ctx, tt, tt === tr.t ? tr.scopes : scopesOf(tt), c.fn.unit.file, tr.count, env, new Set([...tr.stack, c.fn.node]), held);
    const q = sub.tryStatement(e.target);
    // The class's own method is judged in its file unless the model comes from the constructor call.
    if (!q || !held.v || (own && !held.ctor) || (e.legacy && q.kind !== 'query') || (!e.legacy && q.kind === 'query')) continue;
    out.push({ tr: sub, q: { ...q, anchor: { tree: tr.t, node: calleeName(call) ?? call } }, terminal: e.terminal, site: { tree: tt, node: site, message: `executed here with ${q.model.className} from ${c.self.cls.name}` } });
  }
  return out;
}

/**
 * A classmethod of a generic base reading `cls.model_cls` that the base leaves `None` (Superset's
 * DAOs): one translator per visible subclass that sets it to a mapped class, each judged at the
 * execution in the base.
 */
export function forSubclasses(tr: SaTranslator, fnNode: PyNode): { cls: ClassInfo; tr: SaTranslator }[] {
  if (tr.env || !tr.file || fnNode.parent?.type !== 'decorated_definition' || !/@classmethod\b/.test(textOf(tr.t, fnNode.parent))) return [];
  const first = field(fnNode, 'parameters') ? named(field(fnNode, 'parameters')!)[0] : undefined;
  const clsName = first?.type === 'identifier' ? textOf(tr.t, first) : undefined;
  const base = first ? enclosingClass(tr.t, tr.file, first) : undefined;
  if (!clsName || !base) return [];
  const attrs = new Set([...textOf(tr.t, fnNode).matchAll(new RegExp(`\\b${clsName}\\.(\\w+)\\b`, 'g'))].map((m) => m[1]!));
  const open = [...attrs].filter((a) => {
    const v = tr.ctx.py.classAttr(base, a);
    return v !== undefined && v.cls.name === base.name && v.cls.unit.file === base.unit.file && textOf(v.cls.unit.tree, v.value) === 'None';
  });
  if (open.length !== 1) return [];
  const out: { cls: ClassInfo; tr: SaTranslator }[] = [];
  for (const sub of tr.ctx.py.subclassesOf(base).slice(0, 8)) {
    const v = tr.ctx.py.classAttr(sub, open[0]!);
    const u = unparen(v?.value);
    const m = u?.type === 'identifier' && v ? tr.index.model(textOf(v.cls.unit.tree, u), v.cls.unit.file) : undefined;
    if (m?.framework !== 'sqlalchemy') continue;
    const env: Env = { fn: fnNode, args: new Map(), selfName: clsName, selfClass: sub, exactSelf: true, used: { v: false } };
    out.push({ cls: sub, tr: new SaTranslator(tr.ctx, tr.t, tr.scopes, tr.file, tr.count, env, tr.stack, tr.selfHeld) });
  }
  return out;
}


/**
 * A query-builder object (`LeadQuery(session).since(t).all()`): `__init__` sets `self.q = session.query(Lead)`,
 * methods reassign `self.q = self.q.filter(…)` and return `self`, a terminal method returns
 * `self.q.all()`. The statement the terminal runs, translated through that chain of calls.
 */
export function builderRun(tr: SaTranslator, call: PyNode): Execution | undefined {
  const c = resolveCallee(tr, call);
  const ret = c?.fn.returns ? unparen(c.fn.returns) : undefined;
  const e = ret ? executionAt(c!.fn.unit.tree, ret) : undefined;
  if (!c?.self || c.self.unbound || !e || tr.stack.has(c.fn.node)) return undefined;
  const held = objectState(tr, unparen(field(field(call, 'function'), 'object')), c.self.cls, 0);
  if (!held?.size) return undefined;
  // Only a statement that comes from the object's state (else the method's own file reports it).
  let fromState = false;
  const state = new Map([...held].map(([k, f]) => [k, () => { const q = f(); if (q) fromState = true; return q; }] as const));
  const env = tr.bind(c.fn, call, c.self, { v: false });
  if (!env) return undefined;
  const tt = c.fn.unit.tree;
  const sub = new SaTranslator(tr.ctx, tt, tt === tr.t ? tr.scopes : scopesOf(tt), c.fn.unit.file, tr.count, { ...env, selfState: state }, new Set([...tr.stack, c.fn.node]), tr.selfHeld);
  const q = sub.tryStatement(e.target);
  if (!q || !fromState || (e.legacy && q.kind !== 'query') || (!e.legacy && q.kind === 'query')) return undefined;
  return { tr: sub, q: { ...q, anchor: { tree: tr.t, node: calleeName(call) ?? call } }, terminal: e.terminal, site: { tree: tt, node: ret!, message: `executed here (${c.self.cls.name})` } };
}

/** The attributes a builder object holds after `Cls(args)` and methods that reassign them and return `self`. */
export function objectState(tr: SaTranslator, n: PyNode | undefined, cls: ClassInfo, depth: number): Map<string, () => SaQuery | undefined> | undefined {
  if (n?.type !== 'call' || depth > 6) return undefined;
  const f = field(n, 'function');
  const isCtor = classCalled(tr, n);
  const fn = isCtor ? tr.ctx.py.method(cls, '__init__') : f?.type === 'attribute' ? resolveCallee(tr, n)?.fn : undefined;
  if (!fn) return undefined;
  const prev = isCtor ? new Map<string, () => SaQuery | undefined>() : objectState(tr, unparen(field(f!, 'object')), cls, depth + 1);
  if (!prev) return undefined;
  // A method in the chain returns the object itself.
  if (!isCtor && (!fn.returns || textOf(fn.unit.tree, fn.returns) !== fn.params[0])) return undefined;
  const env = tr.bind(fn, n, { cls }, { v: false });
  if (!env) return undefined;
  const tt = fn.unit.tree;
  const sub = new SaTranslator(tr.ctx, tt, tt === tr.t ? tr.scopes : scopesOf(tt), fn.unit.file, tr.count, { ...env, selfState: prev }, new Set([...tr.stack, fn.node]), tr.selfHeld);
  const next = new Map(prev);
  const body = field(fn.node, 'body');
  for (const st of body ? named(body) : []) {
    const a = st.type === 'expression_statement' ? named(st)[0] : undefined;
    const l = a?.type === 'assignment' ? unparen(field(a, 'left')) : undefined;
    const o = l?.type === 'attribute' ? unparen(field(l, 'object')) : undefined;
    if (o?.type === 'identifier' && textOf(tt, o) === fn.params[0]) {
      const v = field(a!, 'right')!;
      next.set(textOf(tt, field(l!, 'attribute')!), () => sub.statement(v));
    } else if (st.type !== 'return_statement' && st.type !== 'expression_statement') return undefined;
  }
  return next;
}
