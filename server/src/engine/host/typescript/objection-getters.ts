/**
 * Getters of Objection model instances that return a query (`get authorizedLeads() { return
 * can ? this.$relatedQuery('leads') : Lead.query() }`), read on an object whose class the code does
 * not name (`request.currentUser.authorizedLeads.clone().findById(id)`). The getter is found by its
 * name: it must be declared by exactly one model class of the workspace and every `return` of it
 * must be an Objection query of a model (`this.$relatedQuery(…)`, `this.$query()`, `Model.query()`).
 * Anything else (a name several classes declare, a getter returning something else) is not followed.
 */
import { field, kids, unwrap, type Link, type N } from './ast';
import { isGetter } from './modinfo';
import { ctxOf, type FileCtx } from './follow-ctx';
import { summarize } from './follow-expand';
import type { Target } from './follow-targets';
import type { TsIndex } from './workspace';

/** Whether a returned chain starts an Objection query: `this.$relatedQuery(…)`, `this.$query()`, `X.query()`, `X.relatedQuery(…)`. */
function startsQuery(links: readonly Link[]): boolean {
  const [r0, l1, l2] = links;
  if (r0?.kind !== 'root' || l1?.kind !== 'prop' || l2?.kind !== 'call') return false;
  return r0.name === 'this' ? l1.name === '$relatedQuery' || l1.name === '$query' : l1.name === 'query' || l1.name === 'relatedQuery';
}

/** The one model-class getter of the workspace named `name`, when it returns Objection queries only. */
function modelGetter(name: string, index: TsIndex, current: FileCtx): { fn: N; ctx: FileCtx } | undefined {
  let found: { fn: N; ctx: FileCtx } | undefined;
  for (const m of index.registry.all()) {
    if (m.framework !== 'objection') continue;
    const file = index.registry.fileOf('objection', m.modelName);
    const c = file ? index.resolveName(file, m.modelName) : undefined;
    if (c?.kind !== 'class') continue;
    const g = c.cls.methods.get(name);
    if (!g || !isGetter(g)) continue;
    if (found) return undefined;
    const ctx = ctxOf(index, c.file, current);
    if (!ctx) return undefined;
    found = { fn: g, ctx };
  }
  if (!found) return undefined;
  const s = summarize(found.fn);
  // Every way out is a query of a model (no refiners of parameters: a getter has none).
  if (!s.builders.length || s.refiners.length || !s.builders.every((b) => startsQuery(b.links)) || !returnsOnly(found.fn, s.builders.length)) return undefined;
  return found;
}

/** Whether the getter's `return`s (ternary branches counted) are exactly the summarised builders. */
function returnsOnly(fn: N, builders: number): boolean {
  let n = 0;
  const count = (e: N | undefined): void => {
    const u = unwrap(e);
    if (u?.type === 'ternary_expression') {
      count(field(u, 'consequence'));
      count(field(u, 'alternative'));
    } else n++;
  };
  const visitReturns = (x: N): void => {
    for (const c of x.children) {
      if (c.type === 'return_statement') count(kids(c)[0]);
      else if (!['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'class', 'class_declaration'].includes(c.type)) visitReturns(c);
    }
  };
  const body = field(fn, 'body');
  if (body) visitReturns(body);
  return n === builders;
}

/**
 * `a.b.getter.m(…)…`: a property (after a plain path of properties) that names such a getter, with
 * the chain going on after it. The getter is the target, `rest` what follows it.
 */
export function modelGetterTarget(links: readonly Link[], index: TsIndex, current: FileCtx): Target | undefined {
  if (links[0]?.kind !== 'root' || !links[0].name || links[0].name === 'this') return undefined;
  for (let i = 1; i + 1 < links.length; i++) {
    const l = links[i]!;
    if (l.kind !== 'prop') return undefined;
    const next = links[i + 1]!;
    if (next.kind !== 'prop') continue;
    const g = modelGetter(l.name, index, current);
    if (!g) continue;
    // A getter takes no arguments: an empty call stands for reading it.
    const call: Extract<Link, { kind: 'call' }> = { kind: 'call', args: [], node: l.node, argsNode: l.node };
    return { fn: g.fn, ctx: g.ctx, callee: l.node, call, rest: links.slice(i + 1) };
  }
  return undefined;
}

