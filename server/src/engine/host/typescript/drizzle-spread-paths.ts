/**
 * A Drizzle query whose `where` spreads into `and` the conditions a helper builds from the enclosing
 * function's parameters (Dittofeed's `.where(and(...leadConditions({ userId, statuses, since })))`, the
 * helper pushing `gte(lead.createdAt, since)` only `if (since)`). Alone, its file cannot tell whether
 * the bound is given, so it judges the path without it; each visible caller's values decide, like the
 * other parameter-decided paths (param-paths.ts, query/placement.ts).
 */
import { field, kids, mentionsName, unwrap, visit, type Link, type N } from './ast';

/** A text test for a spread of a call's result (`...helper(`), before the tree walk. */
export const SPREAD_HELPER = /\.\.\.\s*[\w$]+\s*\(/;

/** The helper call a spread element holds: `...helper(args)` or `...helper(args).filter(Boolean)`. */
function spreadCall(spread: N): N | undefined {
  let v = unwrap(kids(spread)[0]);
  const f = v?.type === 'call_expression' ? unwrap(field(v, 'function')) : undefined;
  if (f?.type === 'member_expression' && unwrap(field(f, 'object'))?.type === 'call_expression') v = unwrap(field(f, 'object'));
  return v?.type === 'call_expression' && unwrap(field(v, 'function'))?.type === 'identifier' ? v : undefined;
}

/** Whether a chain's `where(…)` spreads what a helper call returns for arguments reading one of `params`. */
export function spreadsParamConditions(links: readonly Link[], params: ReadonlySet<string>): boolean {
  return links.some((l, i) => {
    const c = links[i + 1];
    const w = c?.kind === 'call' && l.kind === 'prop' && l.name === 'where' ? c.args[0] : undefined;
    if (!w) return false;
    let hit = false;
    visit(w, (x) => {
      if (hit) return false;
      if (x.type !== 'spread_element') return undefined;
      const call = spreadCall(x);
      const args = call ? field(call, 'arguments') : undefined;
      hit = !!args && mentionsName(args, params);
      return false;
    });
    return hit;
  });
}
