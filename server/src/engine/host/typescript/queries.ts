/**
 * Finds ORM queries in a parsed TS/JS file and translates each with the matching translator.
 * Only the outermost call of a chain is translated (`a().b().c()` once, not three times);
 * arguments are still searched, so queries nested in callbacks or `$transaction([…])` count.
 */
import { field, flattenChain, visit, type N } from './ast';
import { knexQuery, kyselyQuery } from './builders';
import { drizzleQuery } from './drizzle';
import { sequelizeQuery, typeormQuery } from './entities';
import type { ModelInfo, ModelRegistry } from './models';
import { prismaQuery } from './prisma';
import { Dynamic, type OrmQuery } from './sqlgen';

export interface QueryScan {
  readonly queries: OrmQuery[];
  /** Calls recognised as ORM queries that were skipped because part of them is not visible. */
  readonly skipped: { readonly start: number; readonly end: number; readonly why: string }[];
}

function isChainTop(n: N): boolean {
  let child = n;
  let p = n.parent;
  while (p && (p.type === 'non_null_expression' || p.type === 'parenthesized_expression' || p.type === 'await_expression')) {
    child = p;
    p = p.parent;
  }
  return !(p && p.type === 'member_expression' && child.field === 'object');
}

/** File-level facts the translators need (the file may be scanned in parts). */
export interface QueryContext {
  readonly registry: ModelRegistry;
  readonly local: readonly ModelInfo[];
  /** The file mentions knex (its builders look like many other call chains). */
  readonly hasKnex: boolean;
  readonly hasTypeorm: boolean;
  /** The file mentions Prisma / Drizzle: a `x.lead.update({…})` or `.from(leads)` elsewhere is not theirs. */
  readonly hasPrisma: boolean;
  readonly hasDrizzle: boolean;
  /** TypeORM repositories held in fields / variables of the file. */
  readonly repos: ReadonlyMap<string, ModelInfo>;
}

export function fileFlags(src: string): { hasKnex: boolean; hasTypeorm: boolean; hasPrisma: boolean; hasDrizzle: boolean } {
  return {
    hasKnex: /knex|Knex/.test(src),
    hasTypeorm: /typeorm|Repository|EntityManager|getRepository|createQueryBuilder/.test(src),
    hasPrisma: /prisma/i.test(src),
    hasDrizzle: /drizzle/i.test(src) || /from\s+['"][^'"]*schema[^'"]*['"]/.test(src),
  };
}

export function findQueries(root: N, ctx: QueryContext): QueryScan {
  const queries: OrmQuery[] = [];
  const skipped: { start: number; end: number; why: string }[] = [];
  const { registry, local, hasKnex, hasTypeorm, hasPrisma, hasDrizzle, repos } = ctx;
  visit(root, (n) => {
    if (n.type !== 'call_expression' || !isChainTop(n)) return;
    const fn = field(n, 'function');
    if (!fn || (fn.type !== 'member_expression' && fn.type !== 'call_expression' && fn.type !== 'identifier')) return;
    const links = flattenChain(n);
    if (links.length < 2) return;
    try {
      let q: OrmQuery | undefined = hasPrisma ? prismaQuery(links, registry, local) : undefined;
      if (!q && hasTypeorm) q = typeormQuery(n, links, repos, registry, local);
      q ??= sequelizeQuery(links, registry, local);
      if (!q && hasDrizzle) q = drizzleQuery(n, links, registry, local);
      q ??= kyselyQuery(n, links);
      if (!q && hasKnex) q = knexQuery(n, links);
      if (q) queries.push(q);
    } catch (e) {
      if (e instanceof Dynamic) skipped.push({ start: n.start, end: n.end, why: e.message });
      else throw e;
    }
  });
  return { queries, skipped };
}
