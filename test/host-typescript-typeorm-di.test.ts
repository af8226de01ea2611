// TypeORM in NestJS applications that provide repositories under DI symbols (Misskey): a repository
// typed through an alias of `Repository<E>`, endpoint classes exported anonymously whose handler is
// given to `super(…)`, and a shared pagination helper that adds conditions on `${q.alias}.col`.
// Each pattern's reported line, and the nearby form that must stay silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineOf, tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/typeorm-di';

const { linesReported: reported } = tsAppSuite(ROOT);

const LEAD = `import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('leads')
export class MiLead {
  @PrimaryColumn('bigint')
  public id: string;

  @Column('bigint', { name: 'user_id' })
  public userId: string;

  @Column('text')
  public status: string;

  @Column('timestamp with time zone', { name: 'created_at' })
  public createdAt: Date;
}
`;

const DI = `export const DI = {
  leadsRepository: Symbol('leadsRepository'),
};
`;

const ALIASES = `import type { Repository } from 'typeorm';
import type { MiLead } from './Lead';

export type LeadsRepository = Repository<MiLead>;
export type LeadRepo = LeadsRepository;
`;

const QUERY_SERVICE = `import { Injectable } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

@Injectable()
export class QueryService {
  public makePaginationQuery<T extends ObjectLiteral>(q: SelectQueryBuilder<T>, sinceId?: string | null, untilId?: string | null, sinceDate?: number | null, untilDate?: number | null): SelectQueryBuilder<T> {
    if (sinceId && untilId) {
      q.andWhere(\`\${q.alias}.id > :sinceId\`, { sinceId });
      q.andWhere(\`\${q.alias}.id < :untilId\`, { untilId });
    } else if (sinceId) {
      q.andWhere(\`\${q.alias}.id > :sinceId\`, { sinceId });
    } else if (sinceDate && untilDate) {
      q.andWhere(\`\${q.alias}.createdAt > :sinceDate\`, { sinceDate: new Date(sinceDate) });
      q.andWhere(\`\${q.alias}.createdAt < :untilDate\`, { untilDate: new Date(untilDate) });
    }
    q.orderBy(\`\${q.alias}.id\`, 'DESC');
    return q;
  }

  public generateOwnedQuery<T extends ObjectLiteral>(q: SelectQueryBuilder<T>, me: { id: string }): SelectQueryBuilder<T> {
    return q.andWhere(\`\${q.alias}.userId = :meId\`, { meId: me.id });
  }
}
`;

const ENDPOINT_BASE = `export abstract class Endpoint<Ps> {
  public exec: (params: Ps, me: { id: string }) => Promise<unknown>;

  constructor(_meta: object, cb: (ps: Ps, me: { id: string }) => Promise<unknown>) {
    this.exec = (params, me) => cb(params, me);
  }
}
`;

const common = { 'models/Lead.ts': LEAD, 'models/_.ts': ALIASES, 'di-symbols.ts': DI, 'core/QueryService.ts': QUERY_SERVICE, 'endpoint-base.ts': ENDPOINT_BASE };

void describe('TypeORM: repositories typed through an alias of Repository<E>', () => {
  void it('reads `private leadsRepository: LeadsRepository` (imported `type LeadsRepository = Repository<MiLead>`) as the leads repository, an alias of the alias too', () => {
    const svc = `import { Inject, Injectable } from '@nestjs/common';
import { MoreThanOrEqual } from 'typeorm';
import { DI } from '../di-symbols';
import type { LeadRepo, LeadsRepository } from '../models/_';

@Injectable()
export class UserEntityService {
  constructor(
    @Inject(DI.leadsRepository)
    private leadsRepository: LeadsRepository,
    @Inject(DI.leadsRepository)
    private leadRepo: LeadRepo,
  ) {}

  public async count(userId: string, since: Date) {
    const all = await this.leadsRepository.countBy({ userId }); // unkeyed
    const recent = await this.leadsRepository.countBy({ userId, createdAt: MoreThanOrEqual(since) }); // keyed
    const one = await this.leadRepo.findOneBy({ id: userId }); // via-alias-of-alias
    return { all, recent, one };
  }
}
`;
    const got = reported({ ...common, 'core/UserEntityService.ts': svc }, 'core/UserEntityService.ts');
    assert.deepEqual(got, [lineOf(svc, '// unkeyed'), lineOf(svc, '// via-alias-of-alias')]);
  });

  void it('stays silent on an alias of a class that is not a repository', () => {
    const store = `export class LeadStore {
  countBy(where: object): Promise<number> {
    return Promise.resolve(Object.keys(where).length);
  }
}
export type LeadsRepository = LeadStore;
`;
    const svc = `import type { LeadsRepository } from './store';

export class UserEntityService {
  constructor(private leadsRepository: LeadsRepository) {}

  public count(userId: string) {
    return this.leadsRepository.countBy({ userId });
  }
}
`;
    assert.deepEqual(reported({ ...common, 'core/store.ts': store, 'core/UserEntityService.ts': svc }, 'core/UserEntityService.ts'), []);
  });
});

void describe('TypeORM: endpoint handlers given to super() in anonymous default-exported classes, and ${q.alias} helpers', () => {
  const endpoint = (body: string): string => `import { Inject, Injectable } from '@nestjs/common';
import { QueryService } from '../core/QueryService';
import { DI } from '../di-symbols';
import type { LeadsRepository } from '../models/_';
import { Endpoint } from '../endpoint-base';

@Injectable()
export default class extends Endpoint<{ limit: number; sinceId?: string; days: number }> {
  constructor(
    @Inject(DI.leadsRepository)
    private leadsRepository: LeadsRepository,
    private queryService: QueryService,
  ) {
    super({}, async (ps, me) => {
${body}
    });
  }
}
`;

  void it('reports a pagination helper that keys only on id when the handler passes no dates', () => {
    const src = endpoint(`      const query = this.queryService.makePaginationQuery(this.leadsRepository.createQueryBuilder('lead'), ps.sinceId).andWhere('lead.userId = :meId', { meId: me.id });
      return await query.limit(ps.limit).getMany(); // run`);
    assert.deepEqual(reported({ ...common, 'endpoints/list.ts': src }, 'endpoints/list.ts'), [lineOf(src, '// run')]);
  });

  void it('reports an owner helper that returns q.andWhere(`${q.alias}.userId = …`) on leads (no date), and stays silent on a keyed query beside it', () => {
    const src = endpoint(`      const owned = await this.queryService.generateOwnedQuery(this.leadsRepository.createQueryBuilder('lead'), me).getMany(); // owned
      const keyed = await this.queryService.generateOwnedQuery(this.leadsRepository.createQueryBuilder('lead'), me).andWhere('lead.createdAt >= :since', { since: new Date() }).getMany(); // keyed
      return { owned, keyed };`);
    assert.deepEqual(reported({ ...common, 'endpoints/mine.ts': src }, 'endpoints/mine.ts'), [lineOf(src, '// owned')]);
  });

  void it('stays silent when the handler passes dates counted from Date.now(): the helper adds ${q.alias}.createdAt on both sides', () => {
    const src = endpoint(`      const untilDate = Date.now();
      const sinceDate = untilDate - ps.days * 86_400_000;
      const query = this.queryService.makePaginationQuery(this.leadsRepository.createQueryBuilder('lead'), null, null, sinceDate, untilDate);
      this.queryService.generateOwnedQuery(query, me);
      return await query.limit(ps.limit).getMany(); // run`);
    assert.deepEqual(reported({ ...common, 'endpoints/timeline.ts': src }, 'endpoints/timeline.ts'), []);
  });
});
