/**
 * A generic helper that awaits a TypeORM query itself on what its caller gives it (Vendure's
 * `connection.getEntityOrThrow(ctx, Lead, id)`: `const e = await this.getRepository(ctx, entityType)
 * .findOne(…); if (!e) throw …; return e`). The query runs inside the callee, but only the caller's
 * arguments say which entity and which conditions, so it is judged at the call. A query the
 * callee's own file can judge is left to that file.
 */
import { bindings, field, flattenChain, kids, visit, withBindings, type Binding, type Link, type N } from './ast';
import type { QueryRun } from '../../query/model';
import { argBindings, paramNames } from './inline';
import { isChainTop } from './queries';
import { attempt } from './sqlgen';
import { typeormQuery } from './entities';
import { expand, NESTED, type Alt } from './follow-expand';
import { judge } from './follow-judge';
import { targetOf } from './follow-targets';
import type { FileCtx } from './follow-ctx';
import type { TsIndex } from './workspace';

function isAsync(fn: N): boolean {
  const body = field(fn, 'body');
  return /\basync\b/.test(fn.src.slice(fn.start, body ? body.start : fn.end));
}

/** Whether a chain's value is awaited where it is written (`await q`, `const e = await q`). */
function awaited(x: N): boolean {
  let p = x.parent;
  while (p && (p.type === 'parenthesized_expression' || p.type === 'as_expression' || p.type === 'non_null_expression')) p = p.parent;
  return p?.type === 'await_expression';
}

/** The callee's parameters → the call's arguments; an omitted one → its default (`options = {}`). */
function callBindings(fn: N, args: readonly N[]): Map<string, N> {
  const m = argBindings(fn, args);
  if (args.some((a) => a.type === 'spread_element')) return m;
  kids(field(fn, 'parameters') ?? fn).forEach((p, i) => {
    const pat = field(p, 'pattern');
    const dflt = field(p, 'value');
    if (i >= args.length && pat?.type === 'identifier' && dflt) m.set(pat.src.slice(pat.start, pat.end), dflt);
  });
  return m;
}

/** Expands a chain of the callee with `extra` bindings in force (none: as its own file sees it). */
function expandWith(links: readonly Link[], t: { ctx: FileCtx }, index: TsIndex, current: FileCtx, extra: readonly Binding[]): Alt[] | undefined {
  return withBindings(extra, () => attempt(() => expand(links, t.ctx, index, current, 1, true)));
}

/** Whether every path of a chain translates with only its own bindings. */
function translates(alts: readonly Alt[], top: N, index: TsIndex): boolean {
  return alts.every((a) => {
    const bs = (a.binds ?? []).map((b) => ({ ...b, used: 0 }));
    bindings.push(...bs);
    try {
      return attempt(() => typeormQuery(top, a.links, a.base.repos, index.registry, [])) !== undefined;
    } finally {
      bindings.splice(bindings.length - bs.length, bs.length);
    }
  });
}

/** Judges at call `n` the TypeORM queries an async callee awaits on the caller's arguments. */
export function awaitedInCallee(n: N, links: readonly Link[], current: FileCtx, index: TsIndex, out: QueryRun[]): void {
  const t = targetOf(links, current, index, current);
  const body = t ? field(t.fn, 'body') : undefined;
  if (!t || t.rest.length || !isAsync(t.fn) || body?.type !== 'statement_block') return;
  const bind = { fn: t.fn, args: callBindings(t.fn, t.call.args), used: 0 };
  const tops: N[] = [];
  visit(body, (x) => {
    if (x !== body && NESTED.has(x.type)) return false;
    if (x.type !== 'call_expression' || !isChainTop(x)) return undefined;
    if (awaited(x)) tops.push(x);
    return false;
  });
  const params = new Set(paramNames(t.fn));
  for (const x of tops) {
    const inner = flattenChain(x);
    // Only a repository a helper makes (`this.getRepository(ctx, entityType)`, `repoFor(entityType)`):
    // chains on a parameter or a field are callee.ts's and follow-judge.ts's (a builder passed in).
    const r0 = inner[0];
    const viaHelper = r0?.kind === 'root' && ((r0.name === 'this' && inner[1]?.kind === 'prop' && inner[2]?.kind === 'call') || (r0.name !== 'this' && !params.has(r0.name) && inner[1]?.kind === 'call'));
    if (!viaHelper) continue;
    const own = expandWith(inner, t, index, current, []);
    if (own?.every((a) => a.kind === 'typeorm') && translates(own, x, index)) continue;
    const alts = expandWith(inner, t, index, current, [bind]);
    if (!alts?.length || alts.some((a) => a.kind !== 'typeorm')) continue;
    const step = { ctx: t.ctx, node: x, message: 'run here' };
    judge(alts.map((a) => ({ ...a, binds: [...(a.binds ?? []), bind], steps: [...a.steps, step] })), x, n, index, out);
  }
}
