/**
 * A helper that refines the builder it is given before running it (`qb = qb.limit(n).offset(o);
 * const rows = await qb.execute();`, the shape of pagination helpers): the refinements on the one
 * path to the run, then the run. Any branch on the builder, a later use of it (returned, stored)
 * or a refinement we cannot follow leaves the call unjudged.
 */
import { field, flattenChain, text, visit, type Link, type N } from './ast';
import { bodyStatements, flowPaths, MUTABLE_KINDS, type Step } from './locals';
import { isChainTop } from './queries';
import { NESTED } from './follow-expand';

const RUN = /^(execute|executeTakeFirst|executeTakeFirstOrThrow|then|stream|first|findMany|getMany|getOne|getRawMany|getRawOne|getManyAndCount)$/;

/** The run of `param` in `fn`'s body and the links added before it, when there is one path. */
export function refinedRun(fn: N, param: string, kind: string): { run: N; links: readonly Link[]; steps: readonly Step[] } | undefined {
  const body = field(fn, 'body');
  if (!body || body.type !== 'statement_block') return undefined;
  const runs: N[] = [];
  let last = -1;
  visit(body, (x) => {
    if (x !== body && NESTED.has(x.type)) return false;
    if (x.type === 'identifier' && text(x) === param) last = Math.max(last, x.start);
    if (x.type !== 'call_expression' || !isChainTop(x)) return undefined;
    const l = flattenChain(x);
    const names = l.filter((y): y is Extract<Link, { kind: 'prop' }> => y.kind === 'prop').map((y) => y.name);
    if (l[0]?.kind === 'root' && l[0].name === param && names.some((n) => RUN.test(n))) runs.push(x);
    return undefined;
  });
  const run = runs[0];
  // One run, and the builder is not used after it.
  if (runs.length !== 1 || !run || last > run.end) return undefined;
  const paths = flowPaths(bodyStatements(body), [{ links: [], steps: [] }], { name: param, mutable: MUTABLE_KINDS.has(kind), helper: () => undefined }, run);
  if (paths?.length !== 1 || paths[0]!.base) return undefined;
  return { run, links: paths[0]!.links, steps: paths[0]!.steps };
}
