// Model classes and repositories that reach a query through a member or a wrapper: Objection model classes bound
// to a connection (`Model.bindKnex(knex)`) and kept on an injected service or handed out by a getter, and TypeORM
// repositories from workspace-scoped getters named by their type argument (`getRepositoryForWorkspace<T>(ws, 'x')`).
// Each pattern's reported line, and the nearby form that must stay silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineOf, tsAppSuite } from './helpers/ts-app-catalog';

const { linesReported: reported } = tsAppSuite('/virtual/held-models');

const PROSPECT = `import { Model } from 'objection';
export class Prospect extends Model {
  static tableName = 'leads';
  id!: number;
  user_id!: number;
  created_at!: Date;
}
`;

const STORE = `import { Model } from 'objection';
export class Store {
  doSomething(): number {
    return 1;
  }
}
export class Note extends Model {
  static tableName = 'notes';
}
`;

void describe('Objection: model classes held by members', () => {
  const service = `import Knex from 'knex';
import type { ModelClass } from 'objection';
import { Prospect } from '../models/prospect';

export class Db {
  public knex: Knex;
  public prospects: typeof Prospect;
  public typed!: ModelClass<Prospect>;
  public bound = Prospect.bindKnex(Knex({ client: 'pg' }));

  constructor() {
    this.knex = Knex({ client: 'pg' });
    this.prospects = Prospect.bindKnex(this.knex);
  }
}
`;

  void it('reads `this.db.prospects.query()` of a service field assigned `Prospect.bindKnex(knex)` in the constructor as the model', () => {
    const resolver = `import { Db } from '../db/db';
export class ProspectResolver {
  constructor(private db: Db) {}
  byEmail(email: string) {
    return this.db.prospects.query().where('email', email).first(); // unkeyed
  }
  recent(userId: number, since: Date) {
    return this.db.bound.query().where('user_id', userId).where('created_at', '>=', since); // keyed
  }
  typed(userId: number) {
    return this.db.typed.query().where('user_id', userId); // typed
  }
}
`;
    const got = reported({ 'models/prospect.ts': PROSPECT, 'db/db.ts': service, 'gql/resolver.ts': resolver }, 'gql/resolver.ts');
    assert.deepEqual(got, [lineOf(resolver, '// unkeyed'), lineOf(resolver, '// typed')]);
  });

  void it('follows a helper given the service (`(db: Db, id) => db.prospects.query()…`) to the caller that runs it', () => {
    const helpers = `import type { Db } from '../db/db';
export const ofUser = (db: Db, userId: number) => db.prospects.query().where('user_id', userId);
`;
    const resolver = `import { Db } from '../db/db';
import { ofUser } from '../lib/helpers';
export class ProspectResolver {
  constructor(private db: Db) {}
  all(userId: number) {
    return ofUser(this.db, userId).orderBy('created_at', 'desc').limit(10); // unkeyed
  }
  since(userId: number, since: Date) {
    return ofUser(this.db, userId).where('created_at', '>=', since); // keyed
  }
}
`;
    const files = { 'models/prospect.ts': PROSPECT, 'db/db.ts': service, 'lib/helpers.ts': helpers, 'gql/resolver.ts': resolver };
    assert.deepEqual(reported(files, 'gql/resolver.ts'), [lineOf(resolver, '// unkeyed')]);
  });

  void it('reads `this.model.query()` of a getter returning `Prospect.bindKnex(this.knex)` (a tenant repository)', () => {
    const repo = `import type { Knex } from 'knex';
import { Prospect } from '../models/prospect';
export class ProspectRepository {
  constructor(private knex: Knex) {}
  get model() {
    return Prospect.bindKnex(this.knex);
  }
  findByUser(userId: number) {
    return this.model.query().where('user_id', userId); // unkeyed
  }
  findSince(userId: number, since: Date) {
    return this.model.query().where({ user_id: userId }).where('created_at', '>=', since); // keyed
  }
}
`;
    assert.deepEqual(reported({ 'models/prospect.ts': PROSPECT, 'repos/prospect.ts': repo }, 'repos/prospect.ts'), [lineOf(repo, '// unkeyed')]);
  });

  void it('stays silent on members that hold something else, or different models on different paths', () => {
    const db = `import type { Knex } from 'knex';
import { Prospect } from '../models/prospect';
import { Note, Store } from '../models/store';
export class Db {
  public store = new Store();
  public mixed: typeof Prospect;
  constructor(knex: Knex, useNotes: boolean) {
    this.mixed = Prospect.bindKnex(knex);
    if (useNotes) this.other = Note.bindKnex(knex);
  }
  public other: unknown;
}
`;
    const use = `import { Db } from '../db/db';
export class Resolver {
  constructor(private db: Db) {}
  a() {
    return this.db.store.query().where('x', 1); // store
  }
  b() {
    return this.db.other.query().where('x', 1); // other
  }
}
`;
    assert.deepEqual(reported({ 'models/prospect.ts': PROSPECT, 'models/store.ts': STORE, 'db/db.ts': db, 'gql/use.ts': use }, 'gql/use.ts'), []);
  });
});

const LEAD_ENTITY = `import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
@Entity({ name: 'leads' })
export class LeadRecord {
  @PrimaryColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'user_id', type: 'bigint' }) userId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
`;

void describe('TypeORM: repositories from workspace-scoped getters', () => {
  const manager = `import type { DataSource, ObjectLiteral, Repository } from 'typeorm';
export class TenantOrmManager {
  constructor(private dataSource: DataSource) {}
  async getRepositoryForTenant<T extends ObjectLiteral>(tenantId: string, name: string, options?: { bypass: boolean }): Promise<Repository<T>> {
    void tenantId;
    void options;
    return this.dataSource.getRepository<T>(name);
  }
  getRepositoryToken<T>(name: string): T {
    return name as T;
  }
}
`;

  void it('reads `await m.getRepositoryForTenant<LeadRecord>(id, "lead", opts)` as the entity of its type argument', () => {
    const svc = `import { MoreThanOrEqual } from 'typeorm';
import { TenantOrmManager } from './manager';
import type { LeadRecord } from './lead.entity';
export class LeadJobs {
  constructor(private readonly orm: TenantOrmManager) {}
  async purge(tenantId: string, userId: string) {
    const leadRepository = await this.orm.getRepositoryForTenant<LeadRecord>(tenantId, 'lead', { bypass: true });
    await leadRepository.delete({ userId }); // unkeyed
  }
  async recent(tenantId: string, userId: string, since: Date) {
    const repo = await this.orm.getRepositoryForTenant<LeadRecord>(tenantId, 'lead');
    return repo.find({ where: { userId, createdAt: MoreThanOrEqual(since) } }); // keyed
  }
}
`;
    const got = reported({ 'lead.entity.ts': LEAD_ENTITY, 'manager.ts': manager, 'jobs.ts': svc }, 'jobs.ts');
    assert.deepEqual(got, [lineOf(svc, '// unkeyed')]);
  });

  void it('stays silent without a type argument, with one that is no entity, and on a getter of another kind', () => {
    const svc = `import { TenantOrmManager } from './manager';
import type { LeadRecord } from './lead.entity';
type Other = { id: string };
export class LeadJobs {
  constructor(private readonly orm: TenantOrmManager) {}
  async a(tenantId: string, userId: string) {
    const untyped = await this.orm.getRepositoryForTenant(tenantId, 'lead');
    await untyped.delete({ userId }); // untyped
    const other = await this.orm.getRepositoryForTenant<Other>(tenantId, 'other');
    await other.delete({ userId }); // other
    const token = this.orm.getRepositoryToken<LeadRecord>('lead') as any;
    await token.delete({ userId }); // token
  }
}
`;
    assert.deepEqual(reported({ 'lead.entity.ts': LEAD_ENTITY, 'manager.ts': manager, 'jobs.ts': svc }, 'jobs.ts'), []);
  });

  void it('judges a builder made from a repository getter (`leadRepo().createQueryBuilder(…)`) with the paginator it is handed to', () => {
    const factory = `import type { EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { AppDataSource } from './ds';
export const repoFactory = <T extends ObjectLiteral>(entity: EntityTarget<T>) => (em?: EntityManager): Repository<T> => (em ? em.getRepository(entity) : AppDataSource.getRepository(entity));
`;
    const ds = `import { DataSource } from 'typeorm';
export const AppDataSource = new DataSource({ type: 'postgres' });
`;
    const paginator = `import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
export async function paginate<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, limit: number) {
  const rows = await qb.take(limit + 1).getMany(); // run
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}
`;
    const svc = (where: string): string => `import { LeadRecord } from './lead.entity';
import { paginate } from './paginator';
import { repoFactory } from './repo-factory';
const leadRepo = repoFactory(LeadRecord);
export function list(userId: string, since: Date, limit: number) {
  const query = leadRepo().createQueryBuilder('lead').where(${where});
  return paginate(query, limit);
}
`;
    const files = (where: string): Record<string, string> => ({ 'lead.entity.ts': LEAD_ENTITY, 'ds.ts': ds, 'repo-factory.ts': factory, 'paginator.ts': paginator, 'svc.ts': svc(where) });
    assert.deepEqual(reported(files('{ userId }'), 'paginator.ts'), [lineOf(paginator, '// run')]);
    assert.deepEqual(reported(files("'lead.createdAt >= :since', { since }"), 'paginator.ts'), []);
  });
});

void describe('TypeORM: generic list builders over the caller\'s entity and find options', () => {
  const conn = `import type { DataSource, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
export class Conn {
  constructor(private ds: DataSource) {}
  getRepository<E extends ObjectLiteral>(ctx: unknown, target: EntityTarget<E>): Repository<E> {
    void ctx;
    return this.ds.getRepository(target);
  }
}
`;
  const builder = `import type { FindOptionsWhere, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Conn } from './conn';
export type Extra<T> = { ctx?: unknown; where?: FindOptionsWhere<T>; relations?: string[] };
export class ListBuilder {
  constructor(private conn: Conn) {}
  build<T extends ObjectLiteral>(entity: { new (): T; name: string }, take = 50, extra: Extra<T> = {}): SelectQueryBuilder<T> {
    const repo = this.conn.getRepository(extra.ctx, entity);
    const qb = repo.createQueryBuilder(entity.name.toLowerCase());
    qb.setFindOptions({ take, relations: extra.relations, where: extra.where ?? {} });
    return qb;
  }
}
`;

  void it('reads the repository a helper holds in a local from its entity parameter, and setFindOptions({ where }) with a fallback', () => {
    const svc = `import { MoreThanOrEqual } from 'typeorm';
import { LeadRecord } from './lead.entity';
import { ListBuilder } from './list-builder';
export class LeadService {
  constructor(private list: ListBuilder) {}
  mine(ctx: unknown, userId: string) {
    return this.list.build(LeadRecord, 20, { ctx, where: { userId } }).getManyAndCount(); // unkeyed
  }
  all(ctx: unknown) {
    return this.list.build(LeadRecord, 20, { ctx }).getMany(); // no-where
  }
  recent(ctx: unknown, userId: string, since: Date) {
    return this.list.build(LeadRecord, 20, { ctx, where: { userId, createdAt: MoreThanOrEqual(since) } }).getMany(); // keyed
  }
}
`;
    const files = { 'lead.entity.ts': LEAD_ENTITY, 'conn.ts': conn, 'list-builder.ts': builder, 'svc.ts': svc };
    assert.deepEqual(reported(files, 'svc.ts'), [lineOf(svc, '// unkeyed'), lineOf(svc, '// no-where')]);
  });

  void it('precision: a query builder whose setFindOptions where has the key is silent', () => {
    const svc = `import { DataSource, MoreThanOrEqual } from 'typeorm';
import { LeadRecord } from './lead.entity';
export async function recent(ds: DataSource, userId: string, since: Date) {
  const qb = ds.getRepository(LeadRecord).createQueryBuilder('lead');
  qb.setFindOptions({ where: { userId, createdAt: MoreThanOrEqual(since) }, take: 10 });
  return qb.getMany(); // keyed
}
`;
    assert.deepEqual(reported({ 'lead.entity.ts': LEAD_ENTITY, 'svc.ts': svc }, 'svc.ts'), []);
  });
});

