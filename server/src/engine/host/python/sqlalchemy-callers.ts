/**
 * A function whose every visible caller is known, judged with each caller's arguments: a service
 * `get_last_outputs(…, after=None)` whose `if after is not None:` adds the key bound runs without
 * it only for a caller that leaves `after` out or passes `None`. The runs of its execution sites
 * are the paths the callers' arguments leave open (one translation per caller and per undecided
 * `if`), instead of every path. A function also called where we cannot see (a decorated route, a
 * caller that spreads `*args`/`**kwargs`, a call we cannot resolve, too many callers) keeps
 * every path.
 */
import { callArgs, field, type PyNode, type PyTree, textOf } from './ast';
import { calleeName, resolveCallee } from './calls';
import { type FnInfo, scopesOf } from './summaries';
import { type SaCtx, SaTranslator } from './sqlalchemy';

const MAX_CALLERS = 4;

/** Decorators that leave a function called only by the code we see. */
const PLAIN_DECORATOR = /^@(?:staticmethod|classmethod)\s*$/;

export interface CallerView {
  /** A translator of the function's body with this caller's arguments bound. */
  readonly tr: SaTranslator;
  /** The caller's call, as a related location. */
  readonly related: { readonly tree: PyTree; readonly node: PyNode; readonly message: string };
  /** The caller's file. */
  readonly file: string;
}

/**
 * A function's text without comments: a comment ending its last line belongs to the function in
 * a parse of that function alone but to the module in a parse of the whole file.
 */
function codeOf(text: string): string {
  return text.replace(/[ \t]*#[^\n]*/g, '').trimEnd();
}

/** One view of `fnNode` per visible caller, or undefined when some caller may be out of sight. */
export function callerViews(ctx: SaCtx, t: PyTree, file: string | undefined, fnNode: PyNode): CallerView[] | undefined {
  const nameNode = field(fnNode, 'name');
  const name = nameNode ? textOf(t, nameNode) : '';
  if (!file || !name || name.startsWith('__') || fnNode.type !== 'function_definition') return undefined;
  const dec = fnNode.parent?.type === 'decorated_definition' ? fnNode.parent.children.filter((c) => c.type === 'decorator') : [];
  if (dec.some((d) => !PLAIN_DECORATOR.test(textOf(t, d)))) return undefined;
  const calls = ctx.py.callsOf(name, MAX_CALLERS + 1);
  if (calls.length === 0 || calls.length > MAX_CALLERS) return undefined;
  const same = (f: string): boolean => f.replace(/\\/g, '/') === file.replace(/\\/g, '/');
  const out: CallerView[] = [];
  for (const c of calls) {
    // A call inside the function itself (recursion) adds no caller we can bind. Told by the
    // function holding the call, not by offsets: the index may hold the caller parsed on its own.
    if (same(c.file) && inFunctionNamed(c.tree, c.call, name)) return undefined;
    if (callArgs(c.tree, c.call).splat) return undefined;
    const ctr = new SaTranslator(ctx, c.tree, scopesOf(c.tree), c.file);
    const callee = resolveCallee(ctr, c.call);
    const fn = callee?.fn;
    // The index may hold the function parsed on its own: the same code, at other offsets.
    if (!fn || fn.name !== name || !same(fn.unit.file) || codeOf(textOf(fn.unit.tree, fn.node)) !== codeOf(textOf(t, fnNode))) return undefined;
    // Translated in the checked tree, so runs are placed where the function's own would be.
    const local: FnInfo = { ...fn, node: fnNode, unit: { ...fn.unit, tree: t } };
    const env = ctr.bind(local, c.call, callee.self, { v: false });
    if (!env) return undefined;
    out.push({ tr: ctr.sub(local, env), related: { tree: c.tree, node: calleeName(c.call) ?? c.call, message: 'judged with the arguments of this call' }, file: c.file });
  }
  return out;
}

/** Whether a function named `name` holds `n` (in `t`). */
function inFunctionNamed(t: PyTree, n: PyNode, name: string): boolean {
  for (let p: PyNode | null = n.parent; p; p = p.parent) {
    const id = p.type === 'function_definition' ? field(p, 'name') : undefined;
    if (id && textOf(t, id) === name) return true;
  }
  return false;
}
