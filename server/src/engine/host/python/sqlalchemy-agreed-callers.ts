/**
 * A SQLAlchemy helper that executes the statement its several visible callers pass (`def
 * paginate(query, page): return query.limit(…).all()`): each caller's statement is judged as the
 * helper runs it and the planner's verdicts compared (query/placement.ts). When every caller is
 * judged and all scan alike, the run is the helper's: it is reported inside it (the helper's site
 * judged with each caller, `callerViews`), and no longer at each call as well. Otherwise the calls
 * keep their own runs (a scanning call is reported, one that prunes is not), and a caller we
 * cannot judge changes nothing.
 */
import { memoPerGeneration } from '../generation-memo';
import { field, type PyNode, textOf } from './ast';
import { alternativesOf } from './branches';
import { resolveCallee } from './calls';
import { type SaCtx, SaTranslator } from './sqlalchemy';
import { callerViews } from './sqlalchemy-callers';
import { type FnInfo, scopesOf } from './summaries';
import { type PyRun, Unknown } from './synth';
import { placeByCallers, reportedInside } from '../../query/placement';

const MAX_CALLERS = 16;

/** Per helper, per index generation: whether its visible callers agree on a scanning verdict. */
const memo = memoPerGeneration<PyNode, 'inside', boolean>();

/** Whether the helper `fn` runs its callers' statements with one scanning verdict for every visible caller (two or more). */
export function callersAgreeInside(ctx: SaCtx, fn: FnInfo): boolean {
  const verdict = ctx.verdict;
  const name = textOf(fn.unit.tree, field(fn.node, 'name')!);
  if (!verdict || name.startsWith('__')) return false;
  return memo.get(fn.node, ctx.py.generation, 'inside', () => {
    // Judged inside only where the helper's own site is judged with each caller (`callerViews`, sqlalchemy-sites.ts).
    if (!callerViews(ctx, fn.unit.tree, fn.unit.file, fn.node)) return false;
    const calls = ctx.py.callsOf(name, MAX_CALLERS);
    if (calls.length < 2 || calls.length >= MAX_CALLERS) return false;
    const verdicts = calls.map((c) => {
      const tr = new SaTranslator(ctx, c.tree, scopesOf(c.tree), c.file);
      // (A call of another function of the same name is not a caller.)
      if (!sameFn(resolveCallee(tr, c.call)?.fn, fn)) return 'other';
      const runs = callerRuns(tr, c.call);
      return runs ? verdict(runs) : undefined;
    });
    const own = verdicts.filter((v) => v !== 'other');
    return own.length >= 2 && reportedInside(placeByCallers(own));
  });
}

/** One caller's runs of the statement it passes, as the helper executes it (one per path); undefined when some path is not known. */
function callerRuns(tr: SaTranslator, call: PyNode): PyRun[] | undefined {
  const paths = alternativesOf(() => {
    const rs = tr.evaluatedByCallee(call);
    try {
      return rs.length ? rs.map((r) => r.tr.synthesize(r.q, r.terminal, [r.site], call, call, call.start)) : undefined;
    } catch (x) {
      if (!(x instanceof Unknown)) throw x;
      return undefined;
    }
  });
  return paths.length ? paths.flat() : undefined;
}

/** The same function, whichever copy of its module (the checked file's or the index's) it was read from. */
function sameFn(a: FnInfo | undefined, b: FnInfo): boolean {
  return !!a && a.name === b.name && a.unit.file.replace(/\\/g, '/') === b.unit.file.replace(/\\/g, '/') && a.owner?.name === b.owner?.name;
}

/** The helper a call reaches when its callers agree (then the call is not a site: the helper is). */
export function agreedHelperOf(ctx: SaCtx, tr: SaTranslator, call: PyNode): FnInfo | undefined {
  const c = resolveCallee(tr, call);
  return c && callersAgreeInside(ctx, c.fn) ? c.fn : undefined;
}
