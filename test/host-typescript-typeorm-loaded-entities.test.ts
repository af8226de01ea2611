// TypeORM entities written back after they were loaded: TypeORM saves/removes an entity by its primary
// columns, so on `leads` (partitioned by created_at, primary key id) the write scans every partition.
// The entity counts as loaded when the code shows the finder: in the same method, through
// `merge`/`Object.assign`, or through an own method returning it (NestJS services' `findOne(id)`
// helper). Repositories come from fields, `getRepository(Entity)` or an EntityManager. Each pattern has
// a nearby form that must stay silent (a created entity, a key that includes created_at).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import type { HostModule } from '../server/src/engine/host/types';
import { lineOf, linesReportedIn, loadTsAppCatalog } from './helpers/ts-app-catalog';

const ROOT = '/virtual/typeorm-loaded-entities';

let host: HostModule;
let catalog: CatalogSnapshot;

before(async () => {
  ({ host, catalog } = await loadTsAppCatalog());
});

const reported = (files: Record<string, string>, target: string): number[] => linesReportedIn(host, catalog, ROOT, files, target);

const entity = (primaryCreatedAt: boolean): string => `import { Column, Entity, PrimaryGeneratedColumn, PrimaryColumn } from 'typeorm';

@Entity('leads')
export class Prospect {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('bigint', { name: 'user_id' })
  userId: string;

  @Column('text')
  status: string;

  @${primaryCreatedAt ? 'PrimaryColumn' : 'Column'}({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
`;

const SERVICE = `import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Prospect } from './prospect.entity';

@Injectable()
export class ProspectsService {
  constructor(
    @InjectRepository(Prospect) private readonly prospects: Repository<Prospect>,
    private readonly dataSource: DataSource,
  ) {}

  async findOne(id: string, userId: string): Promise<Prospect> {
    const prospect = await this.prospects.findOneBy({ id, userId }); // find
    if (!prospect) throw new NotFoundException();
    return prospect;
  }

  async rename(id: string, userId: string, status: string) {
    const prospect = await this.findOne(id, userId);
    const changed = this.prospects.merge(prospect, { status });
    return this.prospects.save(changed); // save
  }

  async drop(id: string, userId: string) {
    const prospect = await this.findOne(id, userId);
    await this.dataSource.getRepository(Prospect).remove(prospect); // remove
  }

  async archive(id: string, userId: string) {
    const prospect = await this.findOne(id, userId);
    Object.assign(prospect, { status: 'archived' });
    await this.dataSource.transaction(async (manager) => {
      await manager.save(prospect); // manager
    });
  }

  build(userId: string): Prospect {
    return this.prospects.create({ userId, status: 'new' });
  }

  async add(userId: string) {
    const prospect = this.build(userId);
    return this.prospects.save(prospect); // insert
  }

  async addDirect(userId: string) {
    const prospect = this.prospects.create({ userId });
    await this.prospects.save(prospect); // insert-direct
  }
}
`;

void describe('TypeORM: an entity loaded by an own method, then saved or removed', () => {
  void it('reports the finder and each write of the loaded entity (field repository, getRepository(Entity), EntityManager)', () => {
    const files = { 'src/prospect.entity.ts': entity(false), 'src/prospects.service.ts': SERVICE };
    assert.deepEqual(reported(files, 'src/prospects.service.ts'), ['// find', '// save', '// remove', '// manager'].map((m) => lineOf(SERVICE, m)));
  });

  void it('stays silent on writes of a created entity, and on every write when the primary key includes created_at', () => {
    const files = { 'src/prospect.entity.ts': entity(true), 'src/prospects.service.ts': SERVICE };
    // The finder still reads by id and user_id only; the writes name the whole primary key.
    assert.deepEqual(reported(files, 'src/prospects.service.ts'), [lineOf(SERVICE, '// find')]);
  });
});

const KEYS = `import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Prospect } from './prospect.entity';

@Injectable()
export class ProspectKeys {
  constructor(@InjectRepository(Prospect) private readonly repo: Repository<Prospect>) {}

  async show(key: string) {
    return this.repo.findOne(key); // findOne-key
  }

  async dropFirst(rows: Prospect[]) {
    await this.repo.delete(rows[0].id); // delete-key
  }

  async lookup(options: object) {
    return this.repo.findOne(options);
  }

  async dropOwner(row: Prospect) {
    await this.repo.delete(row.userId);
  }
}
`;

void describe('TypeORM: a primary-key value given in place of criteria', () => {
  void it("reports TypeORM 0.2's findOne(key) and delete(record.id) on the one primary column", () => {
    const files = { 'src/prospect.entity.ts': entity(false), 'src/prospect-keys.ts': KEYS };
    assert.deepEqual(reported(files, 'src/prospect-keys.ts'), [lineOf(KEYS, '// findOne-key'), lineOf(KEYS, '// delete-key')]);
  });

  void it('stays silent on options it cannot see, a property that is not the key, and a composite key', () => {
    const files = { 'src/prospect.entity.ts': entity(true), 'src/prospect-keys.ts': KEYS };
    assert.deepEqual(reported(files, 'src/prospect-keys.ts'), []);
  });
});
