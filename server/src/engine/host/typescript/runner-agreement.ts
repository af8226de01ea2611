/**
 * A function that runs a builder its callers hand to it (`executeWithPagination(qb, opts)` running
 * `qb.limit(…).offset(…).execute()`, a paginator, an executor helper): each caller's builder is judged with the
 * runner's statement (follow-judge.ts `passedToRunner`). Where it is reported follows the rule callee-agreement.ts
 * applies to values (query/placement.ts): when every visible caller's builder gets the same verdict, one caller
 * included, the runner's statement is at fault and is reported inside it, where it runs; when they differ, the
 * callers whose builder scans are reported.
 */
import type { QueryRun } from '../../query/model';
import { CALLABLE_NODES, field, flattenChain, kids, text, visit, type Link, type N } from './ast';
import { paramNames } from './inline';
import { agreedInside, keepDisagreeing } from './callee-agreement';
import { expand } from './follow-expand';
import { passedToRunner } from './follow-judge';
import { targetOf } from './follow-targets';
import { isChainTop } from './queries';
import type { FileCtx } from './follow-ctx';
import type { TsIndex } from './workspace';

/** The runs of the builders call `call` (written in `ctx`) hands to the function it calls, as that function runs them. */
function runnerRuns(call: N, _links: readonly Link[], ctx: FileCtx, index: TsIndex, out: QueryRun[]): void {
  for (const a of kids(field(call, 'arguments') ?? call)) {
    if (a.type === 'identifier') {
      const held = expand([{ kind: 'root', name: text(a), node: a }], ctx, index, ctx, 0, false);
      if (held?.length) passedToRunner(a, [], ctx, index, out, held);
    } else if (a.type === 'call_expression' && isChainTop(a)) {
      const alts = expand(flattenChain(a), ctx, index, ctx, 0, false);
      if (alts?.length) passedToRunner(a, [], ctx, index, out, alts);
    }
  }
}

const runnerOf = (n: N, links: readonly Link[], ctx: FileCtx, index: TsIndex): N | undefined => targetOf(links, ctx, index, ctx)?.fn;

/** At argument `arg` of a call in the current document: the runner's runs `found` minus those every caller agrees on. */
export function keepRunnerDisagreeing(arg: N, found: readonly QueryRun[], current: FileCtx, index: TsIndex): readonly QueryRun[] {
  const call = arg.parent?.parent;
  if (!found.length || call?.type !== 'call_expression') return found;
  const fn = runnerOf(call, flattenChain(call), current, index);
  return fn ? keepDisagreeing(fn, found, index, current, runnerRuns, runnerOf) : found;
}

/** Methods that run a builder in the ORMs a runner may be handed (Kysely, TypeORM, knex, Objection, Drizzle, Sequelize). */
const RUNS = new Set(['execute', 'executeTakeFirst', 'executeTakeFirstOrThrow', 'getMany', 'getOne', 'getOneOrFail', 'getManyAndCount', 'getCount', 'getRawMany', 'getRawOne', 'getExists', 'first', 'pluck', 'then', 'page', 'resultSize', 'findAll', 'findAndCountAll']);

/**
 * Functions of the current document that run a parameter as a builder (`qb.limit(…).execute()`, `await qb`):
 * the runners whose callers may all agree. A cheap syntactic test, so that a route handler calling
 * `res.status(…).send()` is never judged through its callers.
 */
export function runnerCandidates(root: N): N[] {
  const out: N[] = [];
  visit(root, (fn) => {
    if (!CALLABLE_NODES.has(fn.type)) return undefined;
    const params = new Set(paramNames(fn).filter((p): p is string => !!p));
    const body = field(fn, 'body');
    if (!params.size || !body) return undefined;
    let runs = false;
    visit(body, (x) => {
      if (runs || (x !== body && CALLABLE_NODES.has(x.type))) return false;
      if (x.type === 'await_expression' && kids(x)[0]?.type === 'identifier' && params.has(text(kids(x)[0]!))) runs = true;
      if (x.type === 'call_expression' && isChainTop(x)) {
        const l = flattenChain(x);
        const last = l[l.length - 2];
        if (l[0]?.kind === 'root' && params.has(l[0].name) && last?.kind === 'prop' && RUNS.has(last.name)) runs = true;
      }
      return undefined;
    });
    if (runs) out.push(fn);
    return undefined;
  });
  return out;
}

/** Cheap text test: whether a module may run a builder it is given (a run method written after a chain). */
export function mayRunParams(src: string): boolean {
  return /\.\s*(?:execute(?:TakeFirst\w*)?|get(?:Many|One|Count|RawMany|RawOne|ManyAndCount))\s*\(/.test(src);
}

/** In the runner's file: the statements of `fn` every visible caller's builder gives the same verdict, reported there. */
export function runnerAgreedInside(fn: N, current: FileCtx, index: TsIndex, out: QueryRun[]): void {
  agreedInside(fn, index, current, runnerRuns, runnerOf, out);
}
