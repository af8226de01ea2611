/**
 * `filter(**filter_args)` where `filter_args` is a named parameter of the function (AWX's
 * `TaskManager.get_tasks(self, filter_args)` called as `self.get_tasks({"status__in": …})`): the
 * lookups are the dict its caller passes — the call being inlined when it is a `self.m(…)` call,
 * else each visible caller (one alternative per caller, `branches.ts`). Only a parameter that is
 * never reassigned and only ever spread (`**name`) qualifies; anything else stays unknown.
 */
import { field, named, type PyNode, type PyTree, scopeOf, textOf, unparen, walk } from './ast';
import { dictEntries } from './builders';
import { choice } from './branches';
import { bindArguments, calleeName, resolveCallee, stillParameter } from './calls';
import { DjangoTranslator } from './django';
import type { DjQuery } from './django-lookups';
import { scopesOf } from './summaries';
import type { Pred } from '../../query/model';

/** The function whose plain parameter `use` (`**name`) is, when the parameter is only ever spread. */
function spreadParameterFunction(tr: DjangoTranslator, use: PyNode): PyNode | undefined {
  const t = tr.t;
  if (use.type !== 'identifier' || use.parent?.type !== 'dictionary_splat') return undefined;
  const fn = scopeOf(use);
  const name = textOf(t, use);
  const params = field(fn, 'parameters');
  if (fn.type !== 'function_definition' || !params) return undefined;
  const plain = named(params).some((p) => (p?.type === 'identifier' && textOf(t, p) === name) || (p?.type === 'default_parameter' && textOf(t, field(p, 'name')!) === name));
  if (!plain || !stillParameter(tr.scopes, fn, name, use)) return undefined;
  if ((tr.scopes.assignments(fn).get(name) ?? []).some((b) => b.pos > 0)) return undefined;
  let other = false;
  walk(field(fn, 'body') ?? fn, (x) => {
    if (x.type === 'identifier' && textOf(t, x) === name && x.parent?.type !== 'dictionary_splat' && !(x.parent?.type === 'keyword_argument' && field(x.parent, 'name') === x)) other = true;
  });
  return other ? undefined : fn;
}

const norm = (f: string): string => f.replace(/\\/g, '/');

/** The calls that pass the parameter's dict: the inlining `self.m(…)` call, else every visible caller. */
function callersOf(tr: DjangoTranslator, fn: PyNode): { tr: DjangoTranslator; call: PyNode; tree: PyTree }[] {
  const via = tr.callerOfSelf;
  if (via && tr.inlining.has(fn)) return [{ tr: via.tr, call: via.call, tree: via.tr.t }];
  if (tr.inlining.has(fn) || !tr.file) return [];
  const name = textOf(tr.t, field(fn, 'name')!);
  const cls = fn.parent?.parent?.type === 'class_definition' ? fn.parent.parent : fn.parent?.type === 'decorated_definition' ? fn.parent.parent?.parent : undefined;
  const owner = cls?.type === 'class_definition' ? textOf(tr.t, field(cls, 'name')!) : undefined;
  const out: { tr: DjangoTranslator; call: PyNode; tree: PyTree }[] = [];
  for (const c of tr.ctx.py.callsOf(name, 8)) {
    const ct = new DjangoTranslator(tr.ctx, c.tree, scopesOf(c.tree), c.file, undefined, { n: 0 });
    const callee = resolveCallee(ct, c.call);
    // The index holds its own parse of the file: the same function is the same file, class and name.
    if (callee && callee.fn.name === name && norm(callee.fn.unit.file) === norm(tr.file) && callee.fn.owner?.name === owner) out.push({ tr: ct, call: c.call, tree: c.tree });
  }
  return out;
}

/** The lookups of `**param` on the path being translated, or undefined when they are not visible. */
export function parameterDictLookups(tr: DjangoTranslator, q: DjQuery, d: PyNode, negate: boolean): Pred[] | undefined {
  const u = unparen(d);
  const fn = u ? spreadParameterFunction(tr, u) : undefined;
  if (!u || !fn) return undefined;
  const calls = callersOf(tr, fn);
  const k = calls.length === 1 ? 0 : calls.length > 1 ? choice(fn, calls.length) : undefined;
  const c = k === undefined ? undefined : calls[k];
  if (!c) return undefined;
  const callee = resolveCallee(c.tr, c.call);
  const arg = callee ? bindArguments(c.tree, callee.fn, c.call, callee.self)?.args.get(textOf(tr.t, u)) : undefined;
  const entries = arg ? dictEntries(c.tr.t, c.tr.scopes, arg, c.tr.decider) : undefined;
  if (!entries) return undefined;
  c.tr.pendingJoins = tr.pendingJoins;
  const out = entries.map((e) => c.tr.lookup(q, e.key, e.value, negate));
  tr.pendingJoins = c.tr.pendingJoins;
  if (c.tr !== tr.callerOfSelf?.tr) tr.kwargsSites.push({ tree: c.tree, node: calleeName(c.call) ?? c.call, message: `called here with ${entries.map((e) => `${e.key}=`).join(', ')}` });
  return out;
}
