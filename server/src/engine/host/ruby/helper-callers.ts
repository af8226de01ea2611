/**
 * A controller helper that runs what it is given (Octobox's `NotificationsConcern`:
 * `load_notifications(scope = notifications_for_presentation)` counting and loading `scope`,
 * `count_notifications(scope)`, `check_out_of_bounds(scope)`): an instance method of a controller,
 * or of a module a controller includes, with parameters, called by its bare name from the actions
 * (directly or through other such helpers). Evaluated for itself its parameters are unknown; each
 * action reaching it gives them, or leaves them at their defaults (evaluated inside the helper, so
 * the relation counts as the helper's own and its run was judged nowhere).
 *
 * Where such a run is reported is the shared placement (query/placement.ts), fed with each action's
 * verdict on each statement of the helper: all alike → inside, at the statement (nothing when they
 * all prune); differing → at the actions that scan; an action that cannot be judged, or a call we
 * cannot trace to an action → nothing moves (silent, as before).
 */
import { runsVerdict } from '../../query/judge';
import { placeByCallers, reportedInside } from '../../query/placement';
import { memoPerGeneration } from '../generation-memo';
import { runOrigins, type EvalContext, type QuerySite } from './ar-values';
import { enclosingMethod } from './caller-params';
import type { MethodDecl } from './file-entry';
import { asJudging, evaluator, judge, judging, keyOf, movedRun, spanIn } from './relation-class-methods';
import { esc } from './serial-memo';
import { child, textOf, type RNode } from './syntax';
import type { RubyIndex } from './workspace';

/** While actions are judged: the helper whose own runs are let through at their calls. */
let sink: string | undefined;
/** Runs let through for a helper (relations its callers' helpers made), not those of an action's own relations. */
const helperRuns = new WeakSet<QuerySite>();

const methodKey = (m: MethodDecl): string => `${m.file}#${m.owner}#${m.name}`;

interface HelperPlaced {
  /** Statements (origin keys in the helper's text) reported at the scanning actions. */
  readonly callers: ReadonlySet<string>;
  /** Statements every action agrees on: the first action's runs and the common verdict. */
  readonly inside: ReadonlyMap<string, { readonly runs: readonly QuerySite[]; readonly verdict: string }>;
  readonly stamp: string;
}

const NONE: HelperPlaced = { callers: new Set(), inside: new Map(), stamp: '' };
/** The most actions judged for one helper, and how many helpers deep a call is traced to them. */
const MAX_ACTIONS = 8;
const MAX_DEPTH = 3;
const memo = memoPerGeneration<RubyIndex, string, HelperPlaced>();
const qualified = memoPerGeneration<RubyIndex, string, boolean>();

/** Methods that run a relation (a helper without one has nothing to place). */
const RUN_NAMES = '(?:to_a|load|each\\w*|map|count|size|length|pluck|pick|ids|first|last|take|exists\\?|any\\?|none\\?|empty\\?|sum|maximum|minimum|find_each|in_batches|update_all|delete_all|destroy_all|find|find_by)';
const RUNS = new RegExp(`\\.\\s*${RUN_NAMES}(?![\\w?!])`);
const RUN_CALL = new RegExp(`^${RUN_NAMES}$`);

/** An instance method with parameters of a controller or of a module controllers include, that runs something. */
function isHelper(idx: RubyIndex, m: MethodDecl): boolean {
  if (m.singleton || !m.params.some((p) => p.kind === 'req' || p.kind === 'opt' || p.kind === 'key') || !RUNS.test(m.text)) return false;
  return controllerSide(idx, m.owner);
}

/**
 * A controller, or a module a controller's file includes (by its texts: no file is parsed here;
 * the calls traced later resolve through Ruby's lookup).
 */
function controllerSide(idx: RubyIndex, owner: string): boolean {
  if (/Controller$/.test(owner)) return true;
  return qualified.get(idx, idx.changeSerial, owner, () => {
    const word = owner.split('::').at(-1)!;
    const include = new RegExp(`^[ \\t]*include[ \\t]+(?:[\\w:]+[ \\t]*,[ \\t]*)*(?:::)?(?:\\w+::)*${esc(word)}\\b`, 'm');
    return idx.textsMentioning(word).some(([, text]) => /\bclass\s+[\w:]*Controller\b/.test(text) && include.test(text));
  });
}

/**
 * The pre-filter's test for a unit of a relevant file: a helper's `def` (with parameters, running
 * something, of a controller or a module controllers include) names no table; its actions do.
 */
export function helperUnit(idx: RubyIndex, owner: string | undefined, unitText: string): boolean {
  return !!owner && /^\s*def\s+[a-z_]\w*[?!]?[ \t]*\(?[ \t]*[a-z_]/.test(unitText) && RUNS.test(unitText) && controllerSide(idx, owner);
}

/** An action: a public instance method a controller class declares itself. */
function isAction(m: MethodDecl): boolean {
  return !m.singleton && m.visibility === 'public' && /Controller$/.test(m.owner);
}

/**
 * The actions reaching `m` by bare-name calls (through helpers, a few deep): one offset per action
 * (a call in it), or undefined when a call cannot be traced to an action or there are too many.
 */
function actionCalls(idx: RubyIndex, m: MethodDecl, depth: number, seen: Set<string>, out: Map<string, { file: string; text: string; offset: number }>): boolean {
  seen.add(methodKey(m));
  // A call by the bare name (not `x.name`, `:name`, `@name`, a `def`, or a longer name).
  const call = new RegExp(`(?<![\\w.:@$?!])${esc(m.name)}(?![\\w?!:])(?!\\s*=[^=~>])`, 'g');
  for (const [file, text] of idx.textsMentioning(m.name)) {
    for (const x of text.matchAll(call)) {
      const before = text.slice(text.lastIndexOf('\n', x.index) + 1, x.index);
      if (/(^|\s)#(?!\{)/.test(before) || /\bdef\s+(self\.)?$/.test(before)) continue;
      const caller = enclosingMethod(idx, file, x.index);
      if (!caller || caller.singleton) return false;
      // The call must resolve to this method from the caller's object (Ruby's lookup).
      const target = idx.method(caller.owner, m.name, false);
      if (!target || methodKey(target) !== methodKey(m)) continue;
      if (seen.has(methodKey(caller))) continue;
      if (isAction(caller)) {
        if (!out.has(methodKey(caller))) out.set(methodKey(caller), { file, text, offset: x.index });
        if (out.size > MAX_ACTIONS) return false;
      } else if (depth >= MAX_DEPTH || !actionCalls(idx, caller, depth + 1, seen, out)) return false;
    }
  }
  return true;
}

function placedHelper(idx: RubyIndex, m: MethodDecl): HelperPlaced {
  if (!judge || !evaluator || judging() || !isHelper(idx, m)) return NONE;
  const j = judge;
  const evaluate = evaluator;
  return memo.get(idx, idx.changeSerial, `${j.id}|${methodKey(m)}`, () => {
    const actions = new Map<string, { file: string; text: string; offset: number }>();
    if (!actionCalls(idx, m, 0, new Set(), actions) || !actions.size) return NONE;
    const callers: (QuerySite[] | undefined)[] = [];
    sink = methodKey(m);
    try {
      for (const a of actions.values()) {
        const units = asJudging(() => evaluate(idx, a.file, a.text, [a.offset]));
        // An action handing its own relation is judged at its call already: that statement is not placed from it.
        const own = units.flat().filter((r) => helperRuns.has(r) && runOrigins.get(r)?.src === m.text);
        callers.push(own.length ? own : undefined);
      }
    } finally {
      sink = undefined;
    }
    const keys = new Set(callers.flatMap((rs) => (rs ?? []).map((r) => keyOf(runOrigins.get(r)!))));
    const at = new Set<string>();
    const inside = new Map<string, { runs: readonly QuerySite[]; verdict: string }>();
    for (const key of keys) {
      const mine = callers.map((rs) => rs?.filter((r) => keyOf(runOrigins.get(r)!) === key));
      const p = placeByCallers(mine.map((rs) => (rs?.length ? runsVerdict(rs, j.catalog, j.options) : undefined)));
      if (p.at === 'callers') at.add(key);
      else if (p.at === 'inside') inside.set(key, { runs: mine[0]!, verdict: p.verdict });
    }
    const stamp = [...[...at].map((k) => `c${k}`), ...[...inside].map(([k, v]) => `i${k}=${v.verdict}`)].sort().join(';');
    return stamp ? { callers: at, inside, stamp } : NONE;
  });
}

/**
 * In emit, for a followed helper's run of a relation made in a followed method (normally judged
 * nowhere): whether it is let through at this call (actions being judged, or verdicts differing).
 */
export function helperRunAtCaller(ctx: EvalContext, at: RNode | undefined): boolean {
  const m = ctx.method;
  if (!m || !at || !ctx.code || m.singleton || ctx.self?.k !== 'obj' || ctx.self.ivars) return false;
  // Only a call that runs the relation (a relation kept in an instance variable may be read again).
  const name = at.type === 'call' ? child(at, 'method') : undefined;
  if (!name || !RUN_CALL.test(textOf(ctx.src, name))) return false;
  if (sink !== undefined) return sink === methodKey(m);
  if (judging() || !isHelper(ctx.code, m)) return false;
  const p = placedHelper(ctx.code, m);
  ctx.deps?.set(`x:h|${m.owner}|${m.name}`, p.stamp);
  return p.callers.has(keyOf({ src: m.text, start: at.start, end: at.end }));
}

export function markHelperRun(site: QuerySite): void {
  helperRuns.add(site);
}

/** The stamp a cached result that read a helper's placement depends on (`x:h|owner|name`). */
export function helperPlacementStamp(idx: RubyIndex, owner: string, name: string): string {
  const m = idx.method(owner, name, false);
  return m ? placedHelper(idx, m).stamp : '';
}

/**
 * In the unit of a helper (`def`, of the checked document): the runs every action agrees scan,
 * reported at the statement that runs them (unless the unit reports that statement itself).
 */
export function helperRunsInside(ctx: EvalContext, idx: RubyIndex, def: RNode, owner: string, name: string): void {
  if (judging() || sink !== undefined || !helperUnit(idx, owner, ctx.src.slice(def.start, def.end))) return;
  const m = idx.method(owner, name, false);
  if (!m || m.owner !== owner || !ctx.src.startsWith(m.text, def.start)) return;
  const p = placedHelper(idx, m);
  ctx.deps?.set(`x:h|${owner}|${name}`, p.stamp);
  if (!p.inside.size) return;
  const own = new Set(ctx.sites.map((s) => runOrigins.get(s)).filter((o) => o?.src === ctx.src).map((o) => `${o!.start}:${o!.end}`));
  for (const a of p.inside.values()) {
    const origin = runOrigins.get(a.runs[0]!)!;
    const span = spanIn(ctx.src, def, origin);
    if (!span || own.has(`${span.start}:${span.end}`) || !reportedInside({ at: 'inside', verdict: a.verdict })) continue;
    ctx.sites.push(...a.runs.map((r) => movedRun(r, span, [])));
  }
}
