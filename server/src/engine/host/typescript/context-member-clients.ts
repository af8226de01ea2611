/**
 * The client a helper reaches through a member of its context parameter: tRPC and Hono helpers take
 * the request context and query `ctx.db.select().from(leads)…` or `c.var.db…`, the context's type
 * often an alias the index cannot follow (`Awaited<ReturnType<typeof createContext>>`). The chain
 * itself tells the ORM when it reads as a Drizzle query on a declared table or as a Kysely query
 * (as the file's own check reads it); the callers' values then decide its paths (callee.ts).
 */
import type { Link, N } from './ast';
import type { FileCtx } from './follow-ctx';
import { translateIn } from './follow-judge';
import { attempt } from './sqlgen';
import type { ClientKind, TsIndex } from './workspace';

const READERS: readonly ClientKind[] = ['drizzle', 'kysely'];

/** `drizzle`/`kysely` for a chain on `param.member…` that reads as that ORM's query; undefined otherwise. */
export function contextMemberClient(top: N, links: readonly Link[], params: ReadonlyMap<string, N>, ctx: FileCtx, index: TsIndex): ClientKind | undefined {
  const r0 = links[0];
  if (r0?.kind !== 'root' || !params.has(r0.name) || links[1]?.kind !== 'prop' || links.length < 4) return undefined;
  return READERS.find((k) => attempt(() => translateIn(k, top, links, ctx, index)) !== undefined);
}
