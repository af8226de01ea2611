/**
 * `**kwargs` handed on to the ORM: `def find_by(self, **filters): return
 * session.query(Lead).filter_by(**filters).first()`, `Lead.objects.filter(**filters)`. The lookups
 * are the keyword arguments the caller passes that no named parameter takes: the call's own when
 * the function is inlined at it, else those of every visible caller (one alternative per caller,
 * `branches.ts`). A path that passes no key scans every partition whatever callers we cannot
 * see pass; with no visible caller the lookups are unknown.
 */
import { callArgs, field, named, type PyNode, type PyTree, type ScopeIndex, scopeOf, textOf, unparen, walk } from './ast';
import { choice } from './branches';
import { calleeName, type CallSite, resolveCallee, stillParameter } from './calls';
import type { FnInfo } from './summaries';
import type { Site } from './synth';
import type { PythonIndex } from './workspace';

export interface KwEntry {
  readonly key: string;
  readonly value: PyNode;
}

/** The keyword arguments a caller passes into a function's `**kwargs`, read by a translator of the caller's tree. */
export interface Kwargs<T> {
  readonly tr: T;
  readonly entries: readonly KwEntry[];
  /** The call, when it is not the one being inlined (a related location). */
  readonly site?: Site;
  /** Set on some paths only (`if self.user_id: dct["user_id"] = …`). */
  readonly optional?: boolean;
}

const READS = new Set(['items', 'keys', 'values', 'get', 'copy']);
const READING_CALLS = new Set(['len', 'sorted', 'list', 'tuple', 'str', 'repr', 'bool', 'hash']);

/** The name of a function's `**name` parameter. */
function kwargsParam(t: PyTree, fnNode: PyNode): string | undefined {
  const ps = field(fnNode, 'parameters');
  const p = ps ? named(ps).find((x) => x.type === 'dictionary_splat_pattern') : undefined;
  const id = p ? named(p).find((x) => x.type === 'identifier') : undefined;
  return id ? textOf(t, id) : undefined;
}

/**
 * The function whose `**kwargs` parameter a `**name` argument hands on, when the parameter is
 * never reassigned and only ever spread (`**name`) in that function: no `pop()`, `update()`,
 * `name["k"] = v`, no other use that could change or read it.
 */
export function kwargsFunction(t: PyTree, scopes: ScopeIndex, use: PyNode): PyNode | undefined {
  const u = unparen(use);
  if (u?.type !== 'identifier' || u.parent?.type !== 'dictionary_splat') return undefined;
  const fn = scopeOf(u);
  const name = textOf(t, u);
  if (fn.type !== 'function_definition' || kwargsParam(t, fn) !== name || !stillParameter(scopes, fn, name, u)) return undefined;
  if ((scopes.assignments(fn).get(name) ?? []).some((b) => b.pos > 0)) return undefined;
  const body = field(fn, 'body');
  let other = false;
  if (body) {
    walk(body, (x) => {
      if (x.type !== 'identifier' || textOf(t, x) !== name) return;
      const p = x.parent;
      if (p?.type === 'dictionary_splat' || (p?.type === 'attribute' && field(p, 'attribute') === x) || (p?.type === 'keyword_argument' && field(p, 'name') === x)) return;
      // Reads that change nothing: `kwargs.items()`, `len(kwargs)`, `sorted(kwargs)`.
      if (p?.type === 'attribute' && field(p, 'object') === x && READS.has(textOf(t, field(p, 'attribute')!)) && p.parent?.type === 'call') return;
      const call = p?.type === 'argument_list' ? p.parent : undefined;
      const callee = call?.type === 'call' ? field(call, 'function') : undefined;
      if (callee?.type === 'identifier' && READING_CALLS.has(textOf(t, callee))) return;
      other = true;
    });
  }
  return other ? undefined : fn;
}

/** The keyword arguments of `call` that no named parameter of `fn` takes; undefined when the call spreads arguments itself. */
export function extraKeywords(t: PyTree, fn: FnInfo, call: PyNode): KwEntry[] | undefined {
  const a = callArgs(t, call);
  if (a.splat) return undefined;
  return [...a.keywords].filter(([k]) => !fn.params.includes(k)).map(([key, value]) => ({ key, value }));
}

/**
 * The keyword arguments one visible caller passes into `fnNode`'s `**kwargs` on the path being
 * translated (each caller resolved to it is one path). Undefined without such a caller, or when
 * the caller spreads arguments itself.
 */
export function callerKwargs<T extends CallSite>(py: PythonIndex, t: PyTree, file: string | undefined, fnNode: PyNode, translator: (c: { file: string; tree: PyTree }) => T): Kwargs<T> | undefined {
  const nameNode = field(fnNode, 'name');
  const name = nameNode ? textOf(t, nameNode) : '';
  if (!file || !name || name.startsWith('__')) return undefined;
  // Callers we cannot see or resolve only add paths: a visible caller that passes no key is a
  // path that scans every partition whatever the others pass.
  const calls = py.callsOf(name, 8);
  const found: { tr: T; call: PyNode; fn: FnInfo; tree: PyTree }[] = [];
  const norm = (f: string): string => f.replace(/\\/g, '/');
  for (const c of calls) {
    const tr = translator(c);
    const callee = resolveCallee(tr, c.call);
    // Another function of the same name (or a receiver we cannot resolve): not a caller we know.
    if (!callee || callee.fn.name !== name || norm(callee.fn.unit.file) !== norm(file)) continue;
    const owner = fnNode.parent?.parent?.type === 'class_definition' ? fnNode.parent.parent : fnNode.parent?.type === 'decorated_definition' ? fnNode.parent.parent?.parent : undefined;
    const ownerName = owner?.type === 'class_definition' && field(owner, 'name') ? textOf(t, field(owner, 'name')!) : undefined;
    if ((callee.fn.owner?.name ?? undefined) !== ownerName) continue;
    found.push({ tr, call: c.call, fn: callee.fn, tree: c.tree });
  }
  if (!found.length) return undefined;
  const k = found.length === 1 ? 0 : choice(fnNode, found.length);
  const c = k === undefined ? undefined : found[k];
  const entries = c ? extraKeywords(c.tree, c.fn, c.call) : undefined;
  if (!c || !entries) return undefined;
  return { tr: c.tr, entries, site: { tree: c.tree, node: calleeName(c.call) ?? c.call, message: `called here with ${entries.map((e) => `${e.key}=`).join(', ') || 'no keyword arguments'}` } };
}
