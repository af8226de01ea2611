// A query whose optional filter its function's parameters decide (`$if(!!window.since, …)`, or an own
// helper's `if (createdAfter) qb.andWhere(…)` handed the parameter) is judged alone as "some path scans";
// its visible callers' values decide the path, and query/placement.ts where it is reported: nothing when
// every caller bounds the key, inside when they all scan, at the scanning callers when they differ, and
// as its file judges it alone when no caller is visible.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PROSPECT_ENTITY as ENTITY, tsAppSuite } from './helpers/ts-app-catalog';

const { findings } = tsAppSuite('/virtual/param-paths');

const DB = `import { Kysely } from 'kysely';
export const database = new Kysely<any>({} as never);
`;

const REPORTS = `import { database } from './database';

export class ReportService {
  async tally(owner: string, window: { since?: Date; until?: Date }) {
    return database
      .selectFrom('leads')
      .select(['status'])
      .where('user_id', '=', owner)
      .$if(!!window.since, (q) => q.where('created_at', '>=', window.since!))
      .$if(window.until !== undefined, (q) => q.where('created_at', '<', window.until!))
      .execute();
  }
}
`;

const reportCaller = (name: string, body: string): string => `import { isAfter, startOfWeek } from 'date-fns';
import { ReportService } from './reports';

export class ${name} {
  constructor(private readonly reports: ReportService) {}

  async show(owner: string, input: { since?: string }) {
${body}
  }
}
`;

const ALWAYS = `    const since = input.since ? new Date(input.since) : startOfWeek(new Date());
    return this.reports.tally(owner, { since });`;
const NEVER = `    return this.reports.tally(owner, {});`;

const kysely = (...bodies: string[]): Record<string, string> => {
  const out: Record<string, string> = { 'src/database.ts': DB, 'src/reports.ts': REPORTS };
  bodies.forEach((b, i) => (out[`src/caller-${i}.ts`] = reportCaller(`Caller${i}`, b)));
  return out;
};

void test('Kysely $if on a parameter: callers that always pass the bound leave the query and themselves silent', () => {
  const ws = kysely(ALWAYS, ALWAYS);
  assert.deepEqual(findings(ws, 'src/reports.ts'), []);
  assert.deepEqual([findings(ws, 'src/caller-0.ts'), findings(ws, 'src/caller-1.ts')], [[], []]);
});

void test('Kysely $if on a parameter: a single caller that omits it is reported inside, callers that differ at the scanning one', () => {
  assert.deepEqual(findings(kysely(NEVER), 'src/reports.ts'), ['5: return database']);
  const mixed = kysely(ALWAYS, NEVER);
  assert.deepEqual(findings(mixed, 'src/reports.ts'), []);
  assert.deepEqual([findings(mixed, 'src/caller-0.ts'), findings(mixed, 'src/caller-1.ts')], [[], ['8: return this.reports.tally(owner, {});']]);
});

void test('precision of recall: with no visible caller the query is judged alone (some path scans)', () => {
  assert.deepEqual(findings({ 'src/database.ts': DB, 'src/reports.ts': REPORTS }, 'src/reports.ts'), ['6: .selectFrom(\'leads\')']);
});

const REPO = `import { DataSource, LessThan, MoreThanOrEqual, Repository, SelectQueryBuilder } from 'typeorm';
import { Prospect } from './prospect.entity';

export class ProspectRepository extends Repository<Prospect> {
  constructor(dataSource: DataSource) {
    super(Prospect, dataSource.manager);
  }

  async countWindow(filter: { owners: string[]; from?: Date; to?: Date }) {
    return await this.windowed(filter).getCount();
  }

  private windowed(filter: { owners: string[]; from?: Date; to?: Date }): SelectQueryBuilder<Prospect> {
    const qb = this.createQueryBuilder('p').where('p.ownerId IN (:...owners)', { owners: filter.owners });
    if (filter.from) qb.andWhere({ createdAt: MoreThanOrEqual(filter.from) });
    if (filter.to) qb.andWhere({ createdAt: LessThan(filter.to) });
    return qb;
  }
}
`;

const repoCaller = (filter: string): string => `import { ProspectRepository } from './prospect.repository';

export class Dashboard {
  constructor(private readonly prospects: ProspectRepository) {}

  async count(owner: string) {
    return this.prospects.countWindow(${filter});
  }
}
`;

void test('TypeORM own helper with ifs on what it is handed: the caller bounding the key leaves the method silent', () => {
  const ws = { 'src/prospect.entity.ts': ENTITY, 'src/prospect.repository.ts': REPO, 'src/dashboard.ts': repoCaller('{ owners: [owner], from: new Date(Date.now() - 86_400_000) }') };
  assert.deepEqual(findings(ws, 'src/prospect.repository.ts'), []);
  assert.deepEqual(findings(ws, 'src/dashboard.ts'), []);
});

void test('TypeORM own helper with ifs: a caller passing no bound is still reported, inside the method', () => {
  const ws = { 'src/prospect.entity.ts': ENTITY, 'src/prospect.repository.ts': REPO, 'src/dashboard.ts': repoCaller('{ owners: [owner] }') };
  assert.deepEqual(findings(ws, 'src/prospect.repository.ts'), ['10: return await this.windowed(filter).getCount();']);
  assert.deepEqual(findings(ws, 'src/dashboard.ts'), []);
});

void test('precision: a bound the caller may leave undefined (a ternary with an empty arm, a date-fns non-Date) still scans', () => {
  const maybe = `    const since = input.since ? new Date(input.since) : undefined;
    return this.reports.tally(owner, { since });`;
  assert.deepEqual(findings(kysely(maybe), 'src/reports.ts'), ['5: return database']);
  const notDate = `    const since = isAfter(new Date(), new Date(0)) ? new Date() : undefined;
    return this.reports.tally(owner, { since });`;
  assert.deepEqual(findings(kysely(notDate), 'src/reports.ts'), ['5: return database']);
});
