/**
 * Finds ORM queries in a parsed TS/JS file and translates each with the matching translator.
 * Only the outermost call of a chain is translated (`a().b().c()` once, not three times);
 * arguments are still searched, so queries nested in callbacks or `$transaction([…])` count.
 */
import { awaitedResult, field, flattenChain, modelNameOf, visit, withPathRoots, withRootAliases, type Link, type N } from './ast';
import { knexQuery } from './builders';
import { kyselyQuery } from './kysely';
import { drizzleQuery } from './drizzle';
import { sequelizeQuery, typeormQuery } from './entities';
import type { ModelInfo, ModelRegistry } from './models';
import { objectionQuery } from './objection';
import { prismaQuery } from './prisma';
import { EXTENDED_PREFIX, extendedPrismaQuery } from './prisma-extends';
import { Dynamic, type Missing, type OrmQuery } from './sqlgen';
import { NeedsIndex } from './inline';
import { returnedToUnseenWrapper } from './callback-runners';

/**
 * A call recognised as an ORM query but not translated: `why`; for a helper only the folder index
 * can show, the ORM to retry it with in the follow pass (`retry`, '' when none was being tried);
 * `missing` when the follow pass may supply what it lacks (sqlgen.ts `Missing`).
 */
export interface SkippedCall {
  readonly start: number;
  readonly end: number;
  readonly why: string;
  readonly retry?: string;
  readonly missing?: Missing;
}

export interface QueryScan {
  readonly queries: OrmQuery[];
  /** Calls recognised as ORM queries that were skipped because part of them is not visible. */
  readonly skipped: SkippedCall[];
}

/** True for the outermost call of a chain (`a().b().c()` is judged once, at `c()`). */
export function isChainTop(n: N): boolean {
  let child = n;
  let p = n.parent;
  while (p && (p.type === 'non_null_expression' || p.type === 'parenthesized_expression' || p.type === 'await_expression')) {
    child = p;
    p = p.parent;
  }
  return !(p && p.type === 'member_expression' && child.field === 'object' && !awaitedResult(p));
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
  /** Names (`db`, `this.prisma`) that hold a client, found through the workspace index. */
  readonly clients?: ReadonlyMap<string, string>;
  /** Imported classes used under another name: local → class name. */
  readonly aliases?: ReadonlyMap<string, string>;
}

/** The client kind of a chain's root (`db(…)`, `this.knex(…)`, `this.prisma.lead…`), when the index knows it. */
export function rootClient(links: readonly Link[], clients: ReadonlyMap<string, string> | undefined): string | undefined {
  const r0 = links[0];
  if (!clients || !r0 || r0.kind !== 'root') return undefined;
  if (r0.name === 'this') {
    const p = links[1];
    return p?.kind === 'prop' ? clients.get(`this.${p.name}`) : undefined;
  }
  const k = clients.get(r0.name);
  // `prisma.$extends(kyselyExtension(…))` exposes a Kysely instance as `$kysely` (prisma-extension-kysely).
  const p1 = links[1];
  if (k && p1?.kind === 'prop' && p1.name === '$kysely' && (k === 'prisma' || k === 'opaque' || k.startsWith('prisma!'))) return 'kysely';
  return k;
}

type FileFlags = { hasKnex: boolean; hasTypeorm: boolean; hasPrisma: boolean; hasDrizzle: boolean };
// Chains of one file ask for its flags once each: the last file's answer is kept, or a large
// bundle with many chains is searched once per chain (quadratic: minutes on a 1 MB vendor file).
let lastFlags: { src: string; flags: FileFlags } | undefined;

export function fileFlags(src: string): FileFlags {
  if (lastFlags?.src === src) return lastFlags.flags;
  const flags = {
    hasKnex: /knex|Knex/.test(src),
    hasTypeorm: /typeorm|Repository|EntityManager|getRepository|createQueryBuilder/.test(src),
    hasPrisma: /prisma/i.test(src),
    hasDrizzle: /drizzle/i.test(src) || /from\s+['"][^'"]*schema[^'"]*['"]/.test(src),
  };
  lastFlags = { src, flags };
  return flags;
}

export function findQueries(root: N, ctx: QueryContext): QueryScan {
  const queries: OrmQuery[] = [];
  const skipped: SkippedCall[] = [];
  const { registry, local, repos, clients } = ctx;
  const kinds = new Set(clients?.values());
  // A client found through the index counts as a mention of its ORM (the file may call it `db`).
  const hasKnex = ctx.hasKnex || kinds.has('knex');
  const hasTypeorm = ctx.hasTypeorm || kinds.has('typeorm');
  const hasPrisma = ctx.hasPrisma || kinds.has('prisma');
  const hasDrizzle = ctx.hasDrizzle || kinds.has('drizzle');
  const aliases = ctx.aliases;
  // Registry paths of the file (`WIKI.models.leads`, registry-paths.ts) are read as one root.
  const isPath = (_n: N, p: string): boolean => aliases?.has(p) ?? false;
  // Renamed imports of models (`import { Lead as LeadModel }`) and namespace paths to them (`entities.Lead`) are read as the models they name.
  const alias = (_n: N, name: string): string | undefined => aliases?.get(name);
  withRootAliases(alias, () => withPathRoots(isPath, () => visit(root, (n) => {
    if (n.type !== 'call_expression' || !isChainTop(n)) return;
    const fn = field(n, 'function');
    if (!fn || (fn.type !== 'member_expression' && fn.type !== 'call_expression' && fn.type !== 'identifier')) return;
    const links = flattenChain(n);
    if (links.length < 2) return;
    let trying = '';
    try {
      const known = rootClient(links, clients);
      if (known) {
        // The root is a known client: only its ORM's translator applies.
        const q = translateFor(known, n, links, ctx);
        if (q) queries.push(q);
        return;
      }
      // A client reached through a context object (`ctx.db.lead.findMany`, tRPC) or an entity used active-record style.
      const r0 = links[0]?.kind === 'root' ? links[0].name : '';
      let q: OrmQuery | undefined = hasPrisma || (links.length >= 5 && /^(ctx|context)$/.test(r0)) ? prismaQuery(links, registry, local) : undefined;
      const entityWrite = links.length === 3 && links[1]?.kind === 'prop' && /^(save|remove|softRemove|recover|reload)$/.test(links[1].name);
      if (!q && (hasTypeorm || entityWrite || (r0 !== '' && r0 !== 'this' && registry.find('typeorm', modelNameOf(links[0]!.node, r0), local) && !registry.find('sequelize', r0, local)))) q = typeormQuery(n, links, repos, registry, local);
      trying = 'objection';
      q ??= objectionQuery(n, links, registry, ctx.aliases);
      trying = '';
      q ??= sequelizeQuery(links, registry, local, ctx.aliases);
      trying = 'drizzle';
      if (!q && hasDrizzle) q = drizzleQuery(n, links, registry, local);
      trying = 'kysely';
      q ??= kyselyQuery(n, links);
      trying = 'knex';
      if (!q && hasKnex) q = knexQuery(n, links);
      if (q) queries.push(q);
    } catch (e) {
      // A query only the folder index can show is judged again by the follow pass, with its ORM.
      if (e instanceof NeedsIndex) skipped.push({ start: n.start, end: n.end, why: e.message, retry: e.orm ?? (trying || '') });
      // Returned to a wrapper of another module, which may await it (callback-runners.ts): judged again with the index.
      else if (e instanceof Dynamic && e.missing === 'escapes' && returnedToUnseenWrapper(n)) skipped.push({ start: n.start, end: n.end, why: e.message, retry: trying });
      else if (e instanceof Dynamic) skipped.push({ start: n.start, end: n.end, why: e.message, ...(e.missing ? { missing: e.missing } : {}) });
      else throw e;
    }
  })));
  return { queries, skipped };
}

function translateFor(kind: string, top: N, links: readonly Link[], ctx: QueryContext): OrmQuery | undefined {
  switch (kind) {
    case 'prisma':
      return prismaQuery(links, ctx.registry, ctx.local);
    case 'knex':
      return knexQuery(top, links, true);
    case 'kysely':
      return kyselyQuery(top, links);
    case 'drizzle':
      return drizzleQuery(top, links, ctx.registry, ctx.local);
    case 'typeorm':
      return typeormQuery(top, links, ctx.repos, ctx.registry, ctx.local);
    default:
      return kind.startsWith(EXTENDED_PREFIX) ? extendedPrismaQuery(kind, links, ctx.registry, ctx.local) : undefined;
  }
}
