// Sequelize, TypeORM and Prisma idioms of real applications, each checked on a small virtual
// workspace: the line that runs a query without the partition key is reported, and the variant
// whose every path has the key (or whose value we cannot see) stays silent.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import { LineIndex } from '../server/src/engine/finding';
import type { HostModule } from '../server/src/engine/host/types';
import { loadTsAppCatalog } from './helpers/ts-app-catalog';

const APP = path.join(import.meta.dirname, 'fixtures', 'ts-app');
const ROOT = '/virtual/orm-patterns';

let host: HostModule;
let catalog: CatalogSnapshot;

before(async () => {
  ({ host, catalog } = await loadTsAppCatalog());
});

/** Indexes `files` (paths relative to a virtual root) and returns the 1-based lines of `target` with a finding. */
function linesReported(files: Record<string, string>, target: string, withPrisma = false): number[] {
  const index = host.createIndex!();
  for (const [rel, text] of Object.entries(files)) index.indexFile(path.join(ROOT, rel), text);
  if (withPrisma) index.indexFile(path.join(APP, 'prisma', 'schema.prisma'), fs.readFileSync(path.join(APP, 'prisma', 'schema.prisma'), 'utf8'));
  const text = files[target]!;
  const li = new LineIndex(text);
  const found = host.check(text, catalog, { fileName: path.join(ROOT, target), index }).findings;
  return [...new Set(found.map((f) => li.position(f.start).line + 1))].sort((a, b) => a - b);
}

/** The 1-based line of the first line of `text` containing `marker`. */
function lineOf(text: string, marker: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(marker));
  assert.ok(i >= 0, `marker ${marker} not found`);
  return i + 1;
}

const SEQ_LEAD_FACTORY = `module.exports = (sequelize, DataTypes) => {
  const lead = sequelize.define('t_lead', {
    id: { type: DataTypes.BIGINT, primaryKey: true },
    user_id: { type: DataTypes.BIGINT },
    status: { type: DataTypes.TEXT },
    created_at: { type: DataTypes.DATE },
  }, { tableName: 'leads', timestamps: false });
  return lead;
};
`;

void describe('Sequelize: hand-written model registries and options built away from the query', () => {
  const models = `const Sequelize = require('sequelize');
const sequelize = new Sequelize('postgres://x');
const models = { Lead: require('./lead')(sequelize, Sequelize.DataTypes) };
module.exports = { ...models, sequelize };
`;
  void it('resolves db.Lead through { Lead: require("./lead")(…) }, whatever name define() gives the model', () => {
    const use = `const db = require('../models');
async function byId(id) {
  return db.Lead.findByPk(id); // by-pk
}
async function inPeriod(userId, from) {
  return db.Lead.findAll({ where: { user_id: userId, created_at: { [require('sequelize').Op.gte]: from } } }); // keyed
}
module.exports = { byId, inPeriod };
`;
    const got = linesReported({ 'models/index.js': models, 'models/lead.js': SEQ_LEAD_FACTORY, 'lib/lead.js': use }, 'lib/lead.js');
    assert.deepEqual(got, [lineOf(use, '// by-pk')]);
  });

  void it('reads a where nested in an options literal and filled under if (x.where.k = v): the path without it runs', () => {
    const use = `const db = require('../models');
const { Op } = require('sequelize');
function params(userId, options) {
  const queryParams = { where: { user_id: userId }, limit: 20 };
  if (options.from) {
    queryParams.where.created_at = { [Op.gte]: options.from };
  }
  return queryParams;
}
function always(userId, from) {
  const queryParams = { where: { user_id: userId } };
  queryParams.where.created_at = { [Op.gte]: from };
  return queryParams;
}
async function list(userId, options) {
  return db.Lead.findAll(params(userId, options)); // optional
}
async function listSince(userId, from) {
  return db.Lead.findAll(always(userId, from)); // always
}
module.exports = { list, listSince };
`;
    const got = linesReported({ 'models/index.js': models, 'models/lead.js': SEQ_LEAD_FACTORY, 'lib/lead.js': use }, 'lib/lead.js');
    assert.deepEqual(got, [lineOf(use, '// optional')]);
  });
});

void describe('sequelize-typescript: enum-named scopes and static loaders', () => {
  const model = `import { Op } from 'sequelize';
import { Column, CreatedAt, DataType, Model, Scopes, Table } from 'sequelize-typescript';
export enum ScopeNames {
  PLAIN = 'PLAIN',
  RECENT = 'RECENT',
}
@Scopes(() => ({
  [ScopeNames.PLAIN]: { attributes: ['id'] },
  [ScopeNames.RECENT]: { where: { createdAt: { [Op.gte]: new Date(Date.now() - 86400000) } } },
}))
@Table({ tableName: 'leads', underscored: true, updatedAt: false })
export class LeadModel extends Model {
  @Column(DataType.BIGINT)
  declare userId: number;
  @Column(DataType.TEXT)
  declare status: string;
  @CreatedAt
  declare createdAt: Date;

  static loadByIdAndUser(id: number, userId: number) {
    return LeadModel.findOne({ where: { id, userId, createdAt: { [Op.gte]: new Date(0) } } });
  }

  static loadScoped(id: number) {
    return LeadModel.scope([ScopeNames.PLAIN]).findOne({ where: { id, createdAt: { [Op.gte]: new Date(0) } } });
  }

  static countAll() {
    return LeadModel.count();
  }
}
`;
  void it('reads scope(ScopeNames.X) through the @Scopes computed keys', () => {
    const use = `import { LeadModel, ScopeNames } from './lead';
export async function plain(userId: number) {
  return LeadModel.scope(ScopeNames.PLAIN).findAll({ where: { userId } }); // plain
}
export async function recent(userId: number) {
  return LeadModel.scope([ScopeNames.RECENT]).findAll({ where: { userId } }); // recent
}
`;
    const got = linesReported({ 'lead.ts': model, 'use.ts': use }, 'use.ts');
    assert.deepEqual(got, [lineOf(use, '// plain')]);
  });

  void it('types the result of a static loader returning Model.findOne as an instance of the model', () => {
    const use = `import { LeadModel } from './lead';
export async function qualify(id: number, userId: number) {
  const lead = await LeadModel.loadByIdAndUser(id, userId);
  if (!lead) return null;
  lead.status = 'qualified';
  await lead.save(); // save
  return lead;
}
export async function scoped(id: number) {
  const lead = await LeadModel.loadScoped(id);
  if (lead) await lead.save(); // scoped-save
}
export async function other() {
  const n = await LeadModel.countAll();
  await n.save();
}
`;
    const got = linesReported({ 'lead.ts': model, 'use.ts': use }, 'use.ts');
    assert.deepEqual(got, [lineOf(use, '// save'), lineOf(use, '// scoped-save')]);
  });
});

const TO_ENTITY = `import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
@Entity({ name: 'leads' })
export class Lead {
  @PrimaryColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'user_id', type: 'bigint' }) userId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
`;

void describe('TypeORM: custom repositories, awaiting helpers and list builders', () => {
  const repo = `import { DataSource, FindOneOptions, Repository } from 'typeorm';
import { Lead } from './lead.entity';
export class LeadRepository extends Repository<Lead> {
  constructor(dataSource: DataSource) {
    super(Lead, dataSource.manager);
  }
  async findSingle(id: string, options?: { where?: FindOneOptions<Lead>['where'] }) {
    return this.findOne({ where: { id, ...options?.where } });
  }
}
`;
  void it('follows a custom repository subclass used from outside (injected field, Container.get)', () => {
    const use = `import { Container } from 'typedi';
import { LeadRepository } from './lead.repository';
export class LeadService {
  constructor(private readonly leadRepository: LeadRepository) {}
  async one(id: string, userId: string) {
    return this.leadRepository.findSingle(id, { where: { userId } }); // single
  }
  async at(id: string, createdAt: Date) {
    return this.leadRepository.findSingle(id, { where: { createdAt } }); // at
  }
  async latest(userId: string) {
    return Container.get(LeadRepository).find({ where: { userId } }); // container
  }
}
`;
    const got = linesReported({ 'lead.entity.ts': TO_ENTITY, 'lead.repository.ts': repo, 'lead.service.ts': use }, 'lead.service.ts');
    assert.deepEqual(got, [lineOf(use, '// single'), lineOf(use, '// container')]);
  });

  const connection = `import { DataSource, EntityTarget, FindOneOptions, ObjectLiteral, Repository } from 'typeorm';
export class Connection {
  constructor(private dataSource: DataSource) {}
  getRepository<E extends ObjectLiteral>(ctx: unknown, target: EntityTarget<E>): Repository<E> {
    return this.dataSource.getRepository(target);
  }
  async getEntityOrThrow<E extends ObjectLiteral>(ctx: unknown, entityType: EntityTarget<E>, id: string, options: FindOneOptions<E> = {}): Promise<E> {
    const entity = await this.getRepository(ctx, entityType).findOne({ ...options, where: { ...(options.where as object), id } as never });
    if (!entity) throw new Error('not found');
    return entity;
  }
}
`;
  void it('judges at the call a query an async helper awaits on the entity class the caller gives', () => {
    const use = `import { Connection } from './connection';
import { Lead } from './lead.entity';
export class LeadService {
  constructor(private connection: Connection) {}
  findOne(ctx: unknown, id: string) {
    return this.connection.getEntityOrThrow(ctx, Lead, id); // helper
  }
  findAt(ctx: unknown, id: string, createdAt: Date) {
    return this.connection.getEntityOrThrow(ctx, Lead, id, { where: { createdAt } }); // keyed
  }
}
`;
    const got = linesReported({ 'lead.entity.ts': TO_ENTITY, 'connection.ts': connection, 'lead.service.ts': use }, 'lead.service.ts');
    assert.deepEqual(got, [lineOf(use, '// helper')]);
  });

  const builder = `import { DataSource, FindOptionsWhere, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
export interface ListOptions { take?: number; filter?: Record<string, { after?: Date }> }
export class ListQueryBuilder {
  constructor(private ds: DataSource) {}
  build<T extends ObjectLiteral>(entity: { new (): T; name: string }, options: ListOptions = {}, where: FindOptionsWhere<T> = {}): SelectQueryBuilder<T> {
    const alias = entity.name.toLowerCase();
    const qb = this.ds.getRepository(entity).createQueryBuilder(alias);
    qb.setFindOptions({ take: options.take ?? 50, where });
    for (const [field, ops] of Object.entries(options.filter ?? {})) {
      for (const [op, value] of Object.entries(ops)) {
        qb.andWhere(\`\${alias}.\${field} \${op === 'after' ? '>' : '<'} :v\`, { v: value });
      }
    }
    return qb;
  }
}
`;
  void it('judges the zero-iteration path of a loop over request filters that only narrows the builder', () => {
    const use = `import { Lead } from './lead.entity';
import { ListQueryBuilder, type ListOptions } from './list-query-builder';
export class LeadService {
  constructor(private list: ListQueryBuilder) {}
  findAll(userId: string, options?: ListOptions) {
    return this.list.build(Lead, options, { userId }).getMany(); // request
  }
  findSince(userId: string, since: Date) {
    return this.list.build(Lead, { take: 10 }, { userId, createdAt: since }).getMany(); // keyed
  }
}
`;
    const got = linesReported({ 'lead.entity.ts': TO_ENTITY, 'list-query-builder.ts': builder, 'lead.service.ts': use }, 'lead.service.ts');
    assert.deepEqual(got, [lineOf(use, '// request')]);
  });
});

void describe('Prisma: spreads of a constant table of where fragments', () => {
  const listing = `export type Tab = 'recent' | 'open';
export const byTab: Record<Tab, object> = {
  recent: { createdAt: { gte: new Date(Date.now() - 86400000) } },
  open: { status: 'NEW' },
};
export const keyed: Record<Tab, object> = {
  recent: { createdAt: { gte: new Date(Date.now() - 86400000) } },
  open: { createdAt: { gte: new Date(Date.now() - 86400000) }, status: 'NEW' },
};
`;
  void it('reads ...table.name and, for a computed key, the properties every entry has', () => {
    const use = `import { PrismaClient } from '@prisma/client';
import { byTab, keyed, type Tab } from './listing';
const prisma = new PrismaClient();
export async function list(userId: bigint, tab: Tab) {
  return prisma.lead.findMany({ where: { userId, ...byTab[tab] } }); // computed
}
export async function recent(userId: bigint) {
  return prisma.lead.findMany({ where: { userId, ...byTab.recent } }); // named-keyed
}
export async function open(userId: bigint) {
  return prisma.lead.findMany({ where: { userId, ...byTab.open } }); // named-open
}
export async function everyEntryKeyed(userId: bigint, tab: Tab) {
  return prisma.lead.findMany({ where: { userId, ...keyed[tab] } }); // all-keyed
}
`;
    const got = linesReported({ 'listing.ts': listing, 'use.ts': use }, 'use.ts', true);
    assert.deepEqual(got, [lineOf(use, '// computed'), lineOf(use, '// named-open')]);
  });
});
