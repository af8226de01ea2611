// Application idioms the TypeScript host follows across files: a `where` object built step by step
// whose own property is merged into a new value, helpers with several object returns (search
// conditions that are `{}` for an empty term), and clients inherited from a base class (a
// presenter's `this._replica`, typed `Omit<PrismaClient, …>`). Each idiom has a case where the
// partition key is missing on some path (reported) and one where it is there (silent).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import { LineIndex } from '../server/src/engine/finding';
import { loadEngine } from '../server/src/engine/index';
import { hostFor } from '../server/src/engine/host/index';
import type { HostIndex, HostModule } from '../server/src/engine/host/types';
import '../server/src/engine/host/typescript/index';

const APP = path.join(import.meta.dirname, 'fixtures', 'ts-app');
const ROOT = '/idioms';

const SEQUELIZE_MODEL = `import { DataTypes, Model } from 'sequelize';
import sequelize from './sequelize';
export class Lead extends Model {}
Lead.init({ id: { type: DataTypes.BIGINT, primaryKey: true }, userId: { type: DataTypes.BIGINT, field: 'user_id' }, company: DataTypes.TEXT, status: DataTypes.TEXT, createdAt: { type: DataTypes.DATE, field: 'created_at' } }, { sequelize, tableName: 'leads', updatedAt: false });
export default Lead;
`;

const SEARCH = `import { Op } from 'sequelize';
export function searchWhere(term: string | undefined, fields: string[]) {
  const t = term?.trim();
  if (!t) {
    return {};
  }
  return { [Op.or]: fields.map((f) => ({ [f]: { [Op.iLike]: \`%\${t}%\` } })) };
}
export function periodWhere(days: number, to: Date) {
  if (days > 30) {
    return { createdAt: { [Op.lt]: to } };
  }
  return { createdAt: { [Op.gte]: new Date(to.getTime() - days * 86400000), [Op.lt]: to } };
}
`;

const RESOLVERS = `import { Op } from 'sequelize';
import Lead from './lead';
import { periodWhere, searchWhere } from './search';

export async function listLeads(userId: number, args: { from?: Date; to?: Date }) {
  const where: Record<string, unknown> = { userId };
  if (args.from) {
    where.createdAt = { [Op.gte]: args.from };
  }
  if (args.to) {
    where.createdAt = { ...(where.createdAt as object), [Op.lte]: args.to };
  }
  return Lead.findAll({ where });
}

export async function listLeadsInRange(userId: number, from: Date, to: Date) {
  const where: Record<string, unknown> = { userId };
  if (from) {
    where.createdAt = { [Op.gte]: from };
  } else {
    where.createdAt = { [Op.gte]: to };
  }
  if (to) {
    where.status = { ...(where.status as object), [Op.ne]: 'x' };
  }
  return Lead.findAll({ where });
}

export async function searchLeads(userId: number, term?: string) {
  return Lead.findAll({ where: { userId, ...searchWhere(term, ['company']) } });
}

export async function leadsOfPeriod(userId: number, days: number, to: Date) {
  return Lead.findAll({ where: { userId, ...periodWhere(days, to) } });
}
`;

const DB = `import { PrismaClient } from '@prisma/client';
export type ReplicaClient = Omit<PrismaClient, '$transaction'>;
function once<T>(make: () => T): T { return make(); }
export const prisma = once(() => new PrismaClient());
export const replica: ReplicaClient = once(() => new PrismaClient());
`;

const BASE = `import { replica, type ReplicaClient } from './db';
export class BaseView {
  constructor(protected readonly _replica: ReplicaClient = replica, protected readonly label = 'view') {}
}
type Store = { lead: { findMany(a: unknown): unknown } };
const memory: Store = { lead: { findMany: (a: unknown) => [a] } };
export class BaseCache {
  constructor(protected readonly _replica: Store = memory) {}
}
`;

const CACHE_VIEWS = `import { BaseCache } from './base-view';

export class CachedLeadView extends BaseCache {
  async call(userId: bigint) {
    return this._replica.lead.findMany({ where: { userId } });
  }
}
`;

const VIEWS = `import { BaseView } from './base-view';

export class LeadListView extends BaseView {
  async call(userId: bigint) {
    return this._replica.lead.findMany({ where: { userId } });
  }
}

export class LeadRecentView extends BaseView {
  async call(userId: bigint, since: Date) {
    return this._replica.lead.findMany({ where: { userId, createdAt: { gte: since } } });
  }
}

`;

const DRIZZLE_DB = `import { drizzle } from 'drizzle-orm/node-postgres';
import { bigint, pgTable, timestamp } from 'drizzle-orm/pg-core';
export const leads = pgTable('leads', { id: bigint('id', { mode: 'number' }), userId: bigint('user_id', { mode: 'number' }), createdAt: timestamp('created_at') });
export const db = drizzle(process.env.DATABASE_URL!);
`;

const WRAPPERS = `export async function withRetry<T>(read: () => PromiseLike<T>): Promise<T> {
  try {
    return await read();
  } catch {
    return await read();
  }
}
export function remember<T>(make: () => T): () => T {
  return make;
}
export function daysAgo(n: number): Date {
  return new Date(Date.now() - n * 86400000);
}
export function maybeSince(n: number) {
  return n > 0 ? new Date(Date.now() - n * 86400000) : undefined;
}
`;

const LEAD_QUERIES = `import { and, eq, gte } from 'drizzle-orm';
import { db, leads } from './drizzle-db';
export function leadsOfUser(userId: number, since?: Date) {
  return db.select().from(leads).where(and(eq(leads.userId, userId), since ? gte(leads.createdAt, since) : undefined));
}
`;

const ROUTES = `import { leadsOfUser } from './lead-queries';
import { daysAgo, maybeSince, remember, withRetry } from './wrappers';

export async function allLeads(userId: number) {
  return withRetry(() => leadsOfUser(userId));
}

export async function recentLeads(userId: number) {
  return withRetry(() => leadsOfUser(userId, daysAgo(7)));
}

export async function maybeRecentLeads(userId: number, n: number) {
  return withRetry(() => leadsOfUser(userId, maybeSince(n)));
}

export function lazyLeads(userId: number) {
  return remember(() => leadsOfUser(userId));
}
`;

const FILES: Record<string, string> = {
  'sequelize.ts': "import { Sequelize } from 'sequelize';\nexport default new Sequelize('postgres://x');\n",
  'lead.ts': SEQUELIZE_MODEL,
  'search.ts': SEARCH,
  'resolvers.ts': RESOLVERS,
  'db.ts': DB,
  'base-view.ts': BASE,
  'views.ts': VIEWS,
  'cache-views.ts': CACHE_VIEWS,
  'drizzle-db.ts': DRIZZLE_DB,
  'wrappers.ts': WRAPPERS,
  'lead-queries.ts': LEAD_QUERIES,
  'routes.ts': ROUTES,
};

let host: HostModule;
let catalog: CatalogSnapshot;
let index: HostIndex;

/** Findings of a file as `line: code` with the text of the line, for readable failures. */
function findings(rel: string): string[] {
  const text = FILES[rel]!;
  const li = new LineIndex(text);
  const lines = text.split('\n');
  return host.check(text, catalog, { fileName: `${ROOT}/${rel}`, index }).findings.map((f) => {
    const l = li.position(f.start).line;
    return `${f.code} ${lines[l]!.trim()}`;
  });
}

before(async () => {
  await loadEngine();
  host = hostFor('typescript')!;
  const ws = new WorkspaceCatalog();
  ws.setFile(path.join(APP, 'db', 'structure.sql'), fs.readFileSync(path.join(APP, 'db', 'structure.sql'), 'utf8'), 'sql');
  catalog = ws.snapshot();
  index = host.createIndex!();
  index.indexFile(`${ROOT}/prisma/schema.prisma`, fs.readFileSync(path.join(APP, 'prisma', 'schema.prisma'), 'utf8'));
  for (const [rel, text] of Object.entries(FILES)) index.indexFile(`${ROOT}/${rel}`, text);
});

void describe('TypeScript host: application idioms', () => {
  void it('reads a where object whose property is merged into a new value, and helpers returning several objects', () => {
    assert.deepEqual(findings('resolvers.ts').sort(), [
      // The range is set on some paths only: the path without it scans every partition.
      'partition-key-missing return Lead.findAll({ where });',
      // `{}` for an empty search term: no key on that path.
      "partition-key-missing return Lead.findAll({ where: { userId, ...searchWhere(term, ['company']) } });",
    ]);
  });

  void it('reports a query on a client field inherited from a base class, typed with Omit<PrismaClient, …>', () => {
    assert.deepEqual(findings('views.ts'), ['partition-key-missing return this._replica.lead.findMany({ where: { userId } });']);
    // The same call on a base whose field is not a client: not a query.
    assert.deepEqual(findings('cache-views.ts'), []);
  });

  void it('judges a builder returned from a callback where a visible wrapper awaits it, with a helper typed to return a Date', () => {
    assert.deepEqual(findings('routes.ts'), [
      'partition-key-missing return withRetry(() => leadsOfUser(userId));',
      // `maybeSince` may return undefined: the path without the range runs.
      'partition-key-missing return withRetry(() => leadsOfUser(userId, maybeSince(n)));',
    ]);
  });
});
