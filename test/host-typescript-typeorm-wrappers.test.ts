// TypeORM repositories handed out by an application's connection wrapper (`this.db.getRepository(reqCtx, Order)`,
// the request context first and the entity last, as Vendure's TransactionalConnection does), and entities whose
// columns come from an abstract base class in another file (`@CreateDateColumn({ name: 'created_at' }) createdAt`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf, tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/typeorm-wrappers';

const { linesReported: reported } = tsAppSuite(ROOT);

const BASE = `import { CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';
export abstract class CoreEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
`;

const ENTITY = `import { Column, Entity } from 'typeorm';
import { CoreEntity } from './core.entity';
@Entity({ name: 'leads' })
export class Prospect extends CoreEntity {
  @Column({ name: 'user_id', type: 'bigint' }) ownerId: string;
}
`;

const WRAPPER = `import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
export class UnitOfWork {
  constructor(private readonly source: DataSource) {}
  getRepository<T extends ObjectLiteral>(scope: { manager?: EntityManager } | undefined, target: EntityTarget<T>): Repository<T> {
    return (scope?.manager ?? this.source.manager).getRepository(target);
  }
}
`;

test('a repository from a wrapper taking a context before the entity runs on that entity', () => {
  const use = `import { MoreThan } from 'typeorm';
import { UnitOfWork } from './unit-of-work';
import { Prospect } from './prospect.entity';
export class ProspectFinder {
  constructor(private readonly uow: UnitOfWork) {}
  mine(scope: object, ownerId: string) {
    return this.uow.getRepository(scope, Prospect).find({ where: { ownerId } }); // all
  }
  drop(scope: object, ownerId: string) {
    return this.uow.getRepository(scope, Prospect).delete({ ownerId }); // delete
  }
  recent(scope: object, ownerId: string, since: Date) {
    return this.uow.getRepository(scope, Prospect).find({ where: { ownerId, createdAt: MoreThan(since) } }); // keyed
  }
}
`;
  const files = { 'core.entity.ts': BASE, 'prospect.entity.ts': ENTITY, 'unit-of-work.ts': WRAPPER, 'finder.ts': use };
  assert.deepEqual(reported(files, 'finder.ts'), [lineOf(use, '// all'), lineOf(use, '// delete')]);
});

test('a column inherited from a base class in another file keys a query builder and a find operator', () => {
  const use = `import { DataSource, LessThan } from 'typeorm';
import { Prospect } from './prospect.entity';
export class Janitor {
  constructor(private readonly source: DataSource) {}
  purge(cutoff: Date) {
    return this.source.getRepository(Prospect).createQueryBuilder().delete().where({ createdAt: LessThan(cutoff) }).execute(); // purge
  }
  counts(ownerId: string, from: Date) {
    return this.source.getRepository(Prospect).createQueryBuilder('p').where('p.ownerId = :ownerId', { ownerId }).andWhere('p.createdAt >= :from', { from }).getCount(); // counts
  }
  everything(ownerId: string) {
    return this.source.getRepository(Prospect).createQueryBuilder('p').where('p.ownerId = :ownerId', { ownerId }).getCount(); // everything
  }
}
`;
  const files = { 'core.entity.ts': BASE, 'prospect.entity.ts': ENTITY, 'janitor.ts': use };
  assert.deepEqual(reported(files, 'janitor.ts'), [lineOf(use, '// everything')]);
});
