/**
 * An instance method of a plain object (a service, an exporter) whose query reads what its
 * constructor was given (`new(seller, start_time:, end_time:)`, filtering on `@filters[:start_time]`
 * only when given). Its own file judges it with unknown constructor arguments; each caller that
 * builds the object where we can see (`Klass.new(…).perform`) gives them. Where its runs are
 * reported is the shared placement (query/placement.ts) with each caller's verdict: all alike →
 * inside (nothing when they all prune); differing → at the callers that scan, judged with their
 * own arguments; a caller we cannot judge → nothing moves (the own file's verdict stands).
 *
 * Callers are the units mentioning the class, each evaluated as its file's check does, with the
 * method's own runs let through at the call (emit in ar.ts asks `ownRunAtCaller`).
 */
import { runsVerdict } from '../../query/judge';
import { placeByCallers } from '../../query/placement';
import { memoPerGeneration } from '../generation-memo';
import type { MethodDecl } from './file-entry';
import { esc } from './serial-memo';
import { asJudging, evaluator, judge, judging, keyOf } from './relation-class-methods';
import { runOrigins, type EvalContext, type QuerySite } from './ar-values';
import type { RNode } from './syntax';
import type { RubyIndex } from './workspace';

/** While callers are judged: the method whose own runs are let through at their calls. */
let sink: string | undefined;

const methodKey = (m: MethodDecl): string => `${m.file}#${m.owner}#${m.name}`;

interface PlainPlaced {
  /** Statements (origin keys in the method's text) reported at the scanning callers. */
  readonly callers: ReadonlySet<string>;
  /** Statements every caller agrees prune: not reported inside. */
  readonly pruned: ReadonlySet<string>;
  readonly stamp: string;
}

const NONE: PlainPlaced = { callers: new Set(), pruned: new Set(), stamp: '' };
const MAX_CALLERS = 8;
const memo = memoPerGeneration<RubyIndex, string, PlainPlaced>();

function placedPlain(idx: RubyIndex, m: MethodDecl): PlainPlaced {
  if (!judge || !evaluator || judging()) return NONE;
  const j = judge;
  const evaluate = evaluator;
  return memo.get(idx, idx.changeSerial, `${j.id}|${methodKey(m)}`, () => {
    const short = m.owner.split('::').pop()!;
    const mention = new RegExp(`(?<![\\w:])(?:\\w+::)*${esc(short)}(?![\\w])`, 'g');
    const callers: (QuerySite[] | undefined)[] = [];
    sink = methodKey(m);
    try {
      for (const [file, text] of idx.textsMentioning(short)) {
        const offsets: number[] = [];
        for (const x of text.matchAll(mention)) {
          const before = text.slice(text.lastIndexOf('\n', x.index) + 1, x.index);
          if (/(^|\s)#(?!\{)/.test(before) || /\b(class|module)\s+$/.test(before)) continue;
          offsets.push(x.index);
        }
        if (!offsets.length) continue;
        if (callers.length + offsets.length > MAX_CALLERS) return NONE;
        for (const sites of asJudging(() => evaluate(idx, file, text, offsets))) {
          const own = sites.filter((r) => runOrigins.get(r)?.src === m.text);
          callers.push(own.length ? own : undefined);
        }
      }
    } finally {
      sink = undefined;
    }
    const keys = new Set(callers.flatMap((rs) => (rs ?? []).map((r) => keyOf(runOrigins.get(r)!))));
    const at = new Set<string>();
    const pruned = new Set<string>();
    for (const key of keys) {
      const p = placeByCallers(callers.map((rs) => {
        const mine = rs?.filter((r) => keyOf(runOrigins.get(r)!) === key);
        return mine?.length ? runsVerdict(mine, j.catalog, j.options) : undefined;
      }));
      if (p.at === 'callers') at.add(key);
      else if (p.at === 'inside' && p.verdict === '') pruned.add(key);
    }
    const stamp = [...[...at].map((k) => `c${k}`), ...[...pruned].map((k) => `p${k}`)].sort().join(';');
    return stamp ? { callers: at, pruned, stamp } : NONE;
  });
}

/** The instance method of a plain object a run in `ctx` is made in, when its object was built where we see. */
function plainMethod(ctx: EvalContext): MethodDecl | undefined {
  const m = ctx.method;
  return m && !m.singleton && ctx.self?.k === 'obj' && ctx.self.ivars && ctx.code ? m : undefined;
}

/**
 * In emit, for a followed method's run of a relation it built itself (normally judged in its own
 * file): whether it is reported at this call instead (callers being judged, or verdicts differing).
 */
export function ownRunAtCaller(ctx: EvalContext, at: RNode | undefined): boolean {
  const m = plainMethod(ctx);
  if (!m || !at) return false;
  if (sink !== undefined) return sink === methodKey(m);
  if (judging()) return false;
  const p = placedPlain(ctx.code!, m);
  ctx.deps?.set(`x:l|${m.owner}|${m.name}`, p.stamp);
  return p.callers.has(keyOf({ src: m.text, start: at.start, end: at.end }));
}

/** The stamp a cached result that read a method's per-caller placement depends on (`x:l|owner|name`). */
export function plainPlacementStamp(idx: RubyIndex, owner: string, name: string): string {
  const m = idx.method(owner, name, false);
  return m ? placedPlain(idx, m).stamp : '';
}

/**
 * In the unit of a plain class's instance method (`def`, of the checked document): its runs the
 * callers report (verdicts differing) or agree prune leave it.
 */
export function callerPlacedOwnRuns(ctx: EvalContext, idx: RubyIndex, def: RNode, owner: string, name: string, sites: QuerySite[]): void {
  if (!sites.length || judging() || sink !== undefined) return;
  const m = idx.method(owner, name, false);
  if (!m || m.owner !== owner || !ctx.src.startsWith(m.text, def.start)) return;
  const p = placedPlain(idx, m);
  ctx.deps?.set(`x:l|${owner}|${name}`, p.stamp);
  if (!p.stamp) return;
  for (let i = sites.length - 1; i >= 0; i--) {
    const o = runOrigins.get(sites[i]!);
    if (!o || o.src !== ctx.src) continue;
    const key = keyOf({ src: m.text, start: o.start - def.start, end: o.end - def.start });
    if (p.callers.has(key) || p.pruned.has(key)) sites.splice(i, 1);
  }
}
