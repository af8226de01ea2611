/**
 * A query on a model class a function takes as its parameter (a DataLoader factory:
 * `function createModelLoader(Model) { return new DataLoader(async (ids) => Model.query().findByIds(ids)) }`
 * with `createModelLoader(Lead)`). The query runs where it is written, on whichever model the
 * function is given: it is judged there once per model class a call passes (in the same file, or in
 * a file importing the function).
 * Calls we cannot see give models we cannot see: nothing is judged for them.
 */
import type { QueryRun } from '../../query/model';
import { dottedName, field, flattenChain, kids, text, unwrap, visit, withBindings, type Link, type N } from './ast';
import { paramNames } from './inline';
import { attempt } from './sqlgen';
import { expand, NESTED } from './follow-expand';
import { judge } from './follow-judge';
import { ctxOf, type FileCtx } from './follow-ctx';
import type { TsIndex } from './workspace';

/** The function declaring parameter `name` that encloses `at`, with the name it is called by in its file. */
function declaringFunction(at: N, name: string): { fn: N; index: number; callee: string } | undefined {
  for (let p = at.parent; p; p = p.parent) {
    if (!NESTED.has(p.type) || p.type === 'class_declaration' || p.type === 'class') continue;
    const i = paramNames(p).indexOf(name);
    if (i < 0) continue;
    // `function f(Model) {…}` or `const f = (Model) => …`, at the top level of the file.
    const own = field(p, 'name');
    const decl = p.parent?.type === 'variable_declarator' ? field(p.parent, 'name') : undefined;
    // `module.exports = (Model) => …`: called by the name an importer gives it.
    const left = p.parent?.type === 'assignment_expression' ? field(p.parent, 'left') : undefined;
    const callee = p.type === 'function_declaration' && own ? text(own) : decl?.type === 'identifier' ? text(decl) : left && text(left).replace(/\s+/g, '') === 'module.exports' ? '%default' : undefined;
    return callee ? { fn: p, index: i, callee } : undefined;
  }
  return undefined;
}

/** Judges at `n` a chain rooted in a model-class parameter, once per model a call in this file passes. */
export function judgeParamModel(n: N, links: readonly Link[], current: FileCtx, index: TsIndex, out: QueryRun[]): void {
  const r0 = links[0];
  const l1 = links[1];
  if (r0?.kind !== 'root' || !r0.name || r0.name === 'this' || l1?.kind !== 'prop' || (!MODEL_ENTRIES.has(l1.name) && !SEQUELIZE_ENTRIES.has(l1.name))) return;
  if (SEQUELIZE_ENTRIES.has(l1.name)) {
    judgeMethodModel(n, r0.node, r0.name, current, index, out);
    return;
  }
  const d = declaringFunction(r0.node, r0.name);
  if (!d) return;
  for (const arg of modelArguments(d, current, index)) {
    withBindings([{ fn: d.fn, args: new Map([[r0.name!, arg]]), used: 0 }], () => {
      const alts = attempt(() => expand(flattenChain(n), current, index, current, 1, true));
      if (alts?.length) judge(alts, n, n, index, out);
    });
  }
}

/** Methods that start a query on an Objection model class (`Model.query()`). */
const MODEL_ENTRIES = new Set(['query']);

/** Per declaring function: the model classes calls in its file pass (the file is walked once per function). */
const argumentsOf = new WeakMap<N, N[]>();

function modelArguments(d: { fn: N; index: number; callee: string }, current: FileCtx, index: TsIndex): N[] {
  const hit = argumentsOf.get(d.fn);
  if (hit) return hit;
  const out: N[] = [];
  const seen = new Set<string>();
  const collect = (ctx: FileCtx, callee: string): void => {
    visit(ctx.info.root, (c) => {
      if (c.type !== 'call_expression' || text(field(c, 'function') ?? c) !== callee) return undefined;
      const arg = unwrap(kids(field(c, 'arguments') ?? c)[d.index]);
      // Only a class of the workspace that is a model of some ORM: other values say nothing.
      const key = arg ? `${ctx.file}:${text(arg)}` : '';
      // `Lead`, a renamed import of it (`MyLead`) or `models.Lead` through a namespace import.
      const ref = dottedName(arg);
      if (!arg || !ref || ref.length > 2 || ref[0] === 'this' || seen.has(key)) return undefined;
      seen.add(key);
      const r = index.resolveRef(ctx.file, ref.join('.'), ctx.info);
      if (r?.kind === 'class' && index.registry.all().some((m) => m.modelName === r.cls.name || m.names.includes(r.cls.name))) out.push(arg);
      return undefined;
    });
  };
  if (d.callee !== '%default') collect(current, d.callee);
  // Files that import the function (`const modelsByIds = require('./models-by-ids')`) and call it.
  const exported = d.callee === '%default' ? 'default' : [...current.info.exports].find(([, e]) => e.kind === 'local' && e.local === d.callee)?.[0];
  if (exported !== undefined) {
    for (const f of index.dependentsOf(current.file)) {
      const ctx = ctxOf(index, f, current);
      for (const imp of ctx?.info.imports.values() ?? []) {
        if (imp.imported === exported && index.resolve(f, imp.spec) === current.file) collect(ctx!, imp.local);
      }
    }
  }
  argumentsOf.set(d.fn, out);
  return out;
}

/** Sequelize model methods a generic helper runs on the model it is given (`_findByPk(model, pk)`). */
const SEQUELIZE_ENTRIES = new Set(['findAll', 'findOne', 'findByPk', 'findAndCountAll', 'count', 'destroy', 'update']);

/**
 * A class method running a query on a model it takes as a parameter (Lighthouse CI's
 * `_findAll(model, options)`), called as `this._findAll(leadModel, { where })` in its class: judged
 * in the method once per such call, with every parameter bound to that call's arguments.
 * Only calls passing a Sequelize model the index knows count.
 */
function judgeMethodModel(n: N, at: N, name: string, current: FileCtx, index: TsIndex, out: QueryRun[]): void {
  const m = declaringMethod(at, name);
  if (!m) return;
  for (const call of methodCalls(m.fn, m.cls, m.method)) {
    const args = kids(field(call, 'arguments') ?? call);
    const arg = unwrap(args[m.index]);
    if (arg?.type !== 'identifier' || !index.registry.find('sequelize', text(arg))) continue;
    if (args.some((a) => a.type === 'spread_element')) continue;
    const params = paramNames(m.fn);
    const bound = new Map<string, N>();
    params.forEach((p, i) => {
      if (p && args[i]) bound.set(p, args[i]!);
    });
    withBindings([{ fn: m.fn, args: bound, used: 0 }], () => {
      const alts = attempt(() => expand(flattenChain(n), current, index, current, 1, true));
      // The scan could not judge a query on a parameter: judged here, with this call's arguments.
      if (alts?.length) judge(alts, n, n, index, out, [], true);
    });
  }
}

/** The class method declaring parameter `name` that encloses `at`. */
function declaringMethod(at: N, name: string): { fn: N; cls: N; method: string; index: number } | undefined {
  for (let p = at.parent; p; p = p.parent) {
    if (!NESTED.has(p.type)) continue;
    const i = paramNames(p).indexOf(name);
    if (i < 0) continue;
    const own = field(p, 'name');
    const cls = p.parent?.type === 'class_body' ? p.parent.parent : undefined;
    return p.type === 'method_definition' && own && cls ? { fn: p, cls, method: text(own), index: i } : undefined;
  }
  return undefined;
}

/** Per method: the `this.<method>(…)` calls in its class (the class is walked once per method). */
const callsOf = new WeakMap<N, N[]>();

function methodCalls(fn: N, cls: N, method: string): N[] {
  const hit = callsOf.get(fn);
  if (hit) return hit;
  const out: N[] = [];
  visit(cls, (c) => {
    if (c.type === 'call_expression' && text(field(c, 'function') ?? c).replace(/\s+/g, '') === `this.${method}`) out.push(c);
    return undefined;
  });
  callsOf.set(fn, out);
  return out;
}
