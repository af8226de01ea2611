// Queries run by methods a service inherits from generic base classes, and helpers handed the
// caller's condition: a NestJS TypeORM service extending a tenant/owner layer over a CRUD base
// (`super.list(this.scoped(opts))`, `typeof key === 'string'` branches), a Drizzle helper in a
// monorepo package imported by its package name that reads the client from a typed context, and
// Kysely reached through Prisma's `$kysely` extension. Each pattern's reported line, and the nearby
// form that must stay silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineOf, tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/base-services';

const { linesReported: reported } = tsAppSuite(ROOT);

const PROSPECT = `import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('leads')
export class Prospect {
  @PrimaryColumn('bigint')
  id: string;

  @Column('bigint', { name: 'user_id' })
  ownerId: string;

  @Column('text')
  status: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
`;

const BASE = `import { FindManyOptions, FindOneOptions, FindOptionsWhere, Repository } from 'typeorm';

export abstract class BaseRepositoryService<T extends { id: string }> {
  constructor(protected readonly repo: Repository<T>) {}

  async list(opts?: FindManyOptions<T>): Promise<T[]> {
    return this.repo.find(opts);
  }

  async getById(id: string, opts?: FindOneOptions<T>): Promise<T | null> {
    return this.repo.findOne({ ...opts, where: { ...(opts?.where as FindOptionsWhere<T>), id } as FindOptionsWhere<T> });
  }

  async remove(key: string | FindOptionsWhere<T>) {
    return this.repo.delete(key);
  }
}
`;

const OWNED = `import { FindManyOptions, FindOptionsWhere, Repository } from 'typeorm';
import { BaseRepositoryService } from './base';
import { Session } from './session';

export abstract class OwnedService<T extends { id: string; ownerId: string }> extends BaseRepositoryService<T> {
  constructor(repo: Repository<T>) {
    super(repo);
  }

  private scoped(opts?: FindManyOptions<T>): FindManyOptions<T> | undefined {
    const owner = Session.ownerId();
    if (!owner) {
      return opts;
    }
    if (!opts) {
      return { where: { ownerId: owner } as FindOptionsWhere<T> };
    }
    return { ...opts, where: { ...(opts.where as FindOptionsWhere<T>), ownerId: owner } as FindOptionsWhere<T> };
  }

  override async list(opts?: FindManyOptions<T>): Promise<T[]> {
    return super.list(this.scoped(opts));
  }

  override async remove(key: string | FindOptionsWhere<T>) {
    const criteria = (typeof key === 'string' ? { id: key } : { ...key }) as FindOptionsWhere<T>;
    return super.remove(criteria);
  }

  async archive(key: string | FindOptionsWhere<T>) {
    if (typeof key === 'string') {
      await this.getById(key);
    }
    return super.remove(key);
  }
}
`;

const SESSION = `export class Session {
  static ownerId(): string | null {
    return null;
  }
}
`;

const SERVICE = `import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { OwnedService } from '../core/owned';
import { Prospect } from './prospect.entity';

@Injectable()
export class ProspectService extends OwnedService<Prospect> {
  constructor(@InjectRepository(Prospect) readonly prospectRepository: Repository<Prospect>) {
    super(prospectRepository);
  }

  async openOnes(): Promise<Prospect[]> {
    return this.list({ where: { status: 'open' } });
  }
}
`;

const CONTROLLER = `import { Controller, Delete, Get, Param, Query } from '@nestjs/common';
import { MoreThan } from 'typeorm';
import { ProspectService } from './prospect.service';

@Controller('/prospects')
export class ProspectController {
  constructor(private readonly prospects: ProspectService) {}

  @Get('/')
  async index(@Query('status') status: string) {
    return this.prospects.list({ where: { status }, order: { createdAt: 'DESC' } }); // BY-STATUS
  }

  @Get('/recent')
  async recent(@Query('since') since: string) {
    return this.prospects.list({ where: { status: 'open', createdAt: MoreThan(new Date(since)) } }); // RECENT
  }

  @Get('/open')
  async open() {
    return this.prospects.openOnes(); // OWN-QUERY
  }

  @Get('/:id')
  async show(@Param('id') id: string) {
    return this.prospects.getById(id); // BY-ID
  }

  @Delete('/:id')
  async destroy(@Param('id') id: string) {
    return this.prospects.remove(id); // REMOVE-ID
  }

  @Delete('/:id/:at')
  async destroyIn(@Param('id') id: string, @Param('at') at: string) {
    return this.prospects.remove({ id, createdAt: new Date(at) }); // REMOVE-KEYED
  }

  @Delete('/:id/:at/archive')
  async archive(@Param('id') id: string, @Param('at') at: string) {
    return this.prospects.archive({ id, createdAt: new Date(at) }); // ARCHIVE-KEYED
  }
}
`;

const TYPEORM_APP = {
  'src/core/base.ts': BASE,
  'src/core/owned.ts': OWNED,
  'src/core/session.ts': SESSION,
  'src/prospect/prospect.entity.ts': PROSPECT,
  'src/prospect/prospect.service.ts': SERVICE,
  'src/prospect/prospect.controller.ts': CONTROLLER,
};

describe('TypeORM: methods inherited from generic base services', () => {
  it('reports, at the controller, a call whose options reach the repository through an owner layer and super', () => {
    const lines = reported(TYPEORM_APP, 'src/prospect/prospect.controller.ts');
    assert.ok(lines.includes(lineOf(CONTROLLER, 'BY-STATUS')), `list without the key: ${lines}`);
    assert.ok(lines.includes(lineOf(CONTROLLER, 'BY-ID')), `findOne by id through the base: ${lines}`);
    assert.ok(lines.includes(lineOf(CONTROLLER, 'REMOVE-ID')), `delete by a string id (typeof decided): ${lines}`);
  });

  it('stays silent where every path keeps the key, and for a branch the caller rules out', () => {
    const lines = reported(TYPEORM_APP, 'src/prospect/prospect.controller.ts');
    assert.ok(!lines.includes(lineOf(CONTROLLER, 'RECENT')), `the key passed through both returns of the owner layer: ${lines}`);
    assert.ok(!lines.includes(lineOf(CONTROLLER, 'REMOVE-KEYED')), `delete by an object with the key: ${lines}`);
    assert.ok(!lines.includes(lineOf(CONTROLLER, 'ARCHIVE-KEYED')), `the string branch (getById without the key) does not run for an object: ${lines}`);
  });

  it('leaves a query the service writes on its own values to the service', () => {
    const lines = reported(TYPEORM_APP, 'src/prospect/prospect.controller.ts');
    assert.ok(!lines.includes(lineOf(CONTROLLER, 'OWN-QUERY')), `openOnes() runs its own options, not the caller's: ${lines}`);
  });
});

const DB_INDEX = `import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import * as schema from './schema';

export * from 'drizzle-orm';
export type Database = NodePgDatabase<typeof schema>;
export const database: Database = drizzle(process.env.DATABASE_URL!, { schema });
`;

const DB_SCHEMA = `import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
export const leads = pgTable('leads', { id: bigint('id', { mode: 'number' }), userId: bigint('user_id', { mode: 'number' }), status: text('status'), createdAt: timestamp('created_at') });
`;

const ACCESS = `import type { Database, SQL } from '@crm/database';

export const assertCanEdit = async (ctx: { database: Database; viewer: string | null }, target: SQL<unknown>) => {
  const { database } = ctx;
  const row = await database.query.leads.findFirst({ where: target, columns: { id: true, userId: true } });
  if (!row) throw new Error('not found');
};

export async function loadLead(conn: Database, target: SQL<unknown>) {
  return conn.query.leads.findFirst({ where: target });
}
`;

const ROUTES = `import { and, eq, gte } from '@crm/database';
import { leads } from '@crm/database/schema';
import { assertCanEdit, loadLead } from './access';

export async function editLead(ctx: any, id: number, since: Date) {
  await assertCanEdit(ctx, eq(leads.id, id)); // EDIT-ID
  await assertCanEdit(ctx, and(eq(leads.id, id), gte(leads.createdAt, since))!); // EDIT-KEYED
}

export async function showLead(ctx: any, id: number, since: Date) {
  const a = await loadLead(ctx.database, eq(leads.id, id)); // LOAD-ID
  const b = await loadLead(ctx.database, and(eq(leads.id, id), gte(leads.createdAt, since))!); // LOAD-KEYED
  return [a, b];
}
`;

const DRIZZLE_APP = {
  'packages/database/src/index.ts': DB_INDEX,
  'packages/database/src/schema.ts': DB_SCHEMA,
  'packages/api/src/leads/access.ts': ACCESS,
  'packages/api/src/leads/routes.ts': ROUTES,
};

describe('Drizzle: helpers of a monorepo package that run the caller’s condition', () => {
  it('reports the call whose condition lacks the key, through `@scope/pkg` imports and a client typed in the context', () => {
    const lines = reported(DRIZZLE_APP, 'packages/api/src/leads/routes.ts');
    assert.ok(lines.includes(lineOf(ROUTES, 'EDIT-ID')), `const { database } = ctx: ${lines}`);
    assert.ok(lines.includes(lineOf(ROUTES, 'LOAD-ID')), `conn: Database: ${lines}`);
  });

  it('stays silent when the caller’s condition has the key', () => {
    const lines = reported(DRIZZLE_APP, 'packages/api/src/leads/routes.ts');
    assert.ok(!lines.includes(lineOf(ROUTES, 'EDIT-KEYED')), `${lines}`);
    assert.ok(!lines.includes(lineOf(ROUTES, 'LOAD-KEYED')), `${lines}`);
  });

  it('does not read a registry package as a workspace folder', () => {
    // `@prisma/client` must stay the package even when the workspace has a `client` folder.
    const files = {
      'apps/client/src/index.ts': 'export const PrismaClient = 1;\n',
      'src/db.ts': "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n",
      'src/leads.ts': "import { prisma } from './db';\nexport async function all() {\n  return prisma.lead.findMany({ where: { status: 'new' } });\n}\n",
      'prisma/schema.prisma': 'model Lead {\n  id BigInt @id\n  status String\n  createdAt DateTime @map("created_at")\n  @@map("leads")\n}\n',
    };
    assert.deepEqual(reported(files, 'src/leads.ts'), [3]);
  });
});

const KYSELY_DB = `import { PrismaClient } from '@prisma/client';
import { Kysely, PostgresAdapter } from 'kysely';
import kyselyExtension from 'prisma-extension-kysely';

export const prisma = new PrismaClient();
export const xdb = prisma.$extends(kyselyExtension({ kysely: (driver) => new Kysely<any>({ dialect: { createDriver: () => driver, createAdapter: () => new PostgresAdapter() } as any }) }));
`;

const KYSELY_JOBS = `import { xdb } from '@org/shared/src/db';

export async function touch(leadId: number, since: Date) {
  await xdb.$kysely.updateTable('leads').set({ status: 'seen' }).where('id', '=', leadId).execute(); // BY-ID
  await xdb.$kysely.updateTable('leads').set({ status: 'seen' }).where('id', '=', leadId).where('created_at', '>=', since).execute(); // KEYED
}
`;

describe('Kysely through a Prisma client extension', () => {
  it('translates `$kysely` chains as Kysely, not as Prisma delegates', () => {
    const files = { 'packages/shared/src/db.ts': KYSELY_DB, 'worker/src/jobs.ts': KYSELY_JOBS };
    assert.deepEqual(reported(files, 'worker/src/jobs.ts'), [lineOf(KYSELY_JOBS, 'BY-ID')]);
  });
});

const RULES = `import { Prisma } from '@prisma/client';

export const visibleLeads = (ids: bigint | bigint[], ownerId: bigint): Prisma.LeadWhereInput => ({
  id: typeof ids === 'bigint' ? ids : { in: ids },
  userId: ownerId,
});
`;

const HANDLER = `import { PrismaClient } from '@prisma/client';
import { visibleLeads } from './rules';

const prisma = new PrismaClient();

export async function show(query: { id: string; owner: string; since: string }) {
  const one = BigInt(query.id);
  const lead = await prisma.lead.findFirst({ where: visibleLeads(one, BigInt(query.owner)) }); // ONE
  const many = await prisma.lead.findMany({ where: { ...visibleLeads([one], BigInt(query.owner)), createdAt: { gte: new Date(query.since) } } }); // MANY-KEYED
  return [lead, many];
}
`;

const PRISMA_SCHEMA = `model Lead {
  id        BigInt   @id
  userId    BigInt   @map("user_id")
  status    String
  createdAt DateTime @map("created_at")
  @@map("leads")
}
`;

describe('typeof decided from a conversion the caller wrote', () => {
  it('reads `typeof ids === "bigint"` of a const made by BigInt(…) and stays silent when the key is added', () => {
    const files = { 'src/rules.ts': RULES, 'src/handler.ts': HANDLER, 'prisma/schema.prisma': PRISMA_SCHEMA };
    assert.deepEqual(reported(files, 'src/handler.ts'), [lineOf(HANDLER, '// ONE')]);
  });
});
