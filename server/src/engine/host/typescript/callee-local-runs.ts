/**
 * A callee that builds its query in a local on its parameters and runs the local (Infisical's generic
 * `find`: `const query = (tx || db)(tableName).where(buildFindFilter(filter)); if (limit) void
 * query.limit(limit); … const res = await query;`, a repository's `let q = this.db('leads').where(match)`
 * refined under `if`s, then `return await q`). Each caller's arguments decide the local's paths, so the run
 * is judged per caller like a chain written on the parameters in one piece (callee.ts), and
 * query/placement.ts decides where it is reported.
 */
import { bindings, flattenChain, mentionsName, text, withValues, type N } from './ast';
import { declarationOf, expand, type Alt } from './follow-expand';
import type { FileCtx } from './follow-ctx';
import { valueResolver } from './objects';
import { rootClient } from './queries';
import type { TsIndex } from './workspace';

const BUILDERS: ReadonlySet<string> = new Set(['knex', 'kysely', 'drizzle', 'objection']);
type Frame = { readonly fn: N; readonly args: ReadonlyMap<string, N> };

/**
 * The builders the local `x` (run where it stands: `await q`, `return q`) may hold on the callers'
 * arguments: undefined unless it is declared in `fn` on a known builder client and reads a parameter.
 */
export function localRunOnParams(x: N, fn: N, args: ReadonlyMap<string, N>, ctx: FileCtx, frames: readonly Frame[], index: TsIndex, current: FileCtx, depth: number): Alt[] | undefined {
  if (x.type !== 'identifier') return undefined;
  const d = declarationOf(x, text(x));
  if (!d || d.value.src !== fn.src || d.value.start < fn.start || d.value.end > fn.end) return undefined;
  // A builder chain, not a value that awaited one (`const rows = await this.db<Row>(t)…`, which the grammar reads as a comparison).
  if (d.value.type !== 'call_expression' || /\bawait\b/.test(text(d.value))) return undefined;
  const kind = rootClient(flattenChain(d.value), ctx.clients);
  if (!kind || !BUILDERS.has(kind) || !(mentionsName(d.value, args) || d.after.some((s) => s.start < x.start && mentionsName(s, args)))) return undefined;
  const alts = withValues(valueResolver(ctx, { returns: [], crossed: false }), () => {
    for (const fr of frames) bindings.push({ fn: fr.fn, args: fr.args, used: 0 });
    return expand([{ kind: 'root', name: text(x), node: x }], ctx, index, current, depth + 1, true);
  });
  return alts?.filter((a) => a.kind === kind).map((a) => ({ ...a, binds: [...frames, ...(a.binds ?? [])] }));
}
