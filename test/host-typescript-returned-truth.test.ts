// A caller passing an unannotated helper's result (`startDate: aMonthAgo()`) to a query helper whose
// `if (startDate)` adds the partition-key filter: the result is truthy when every return of that helper is
// (`const date = new Date(); …; return date`), so only the filtered path runs. A helper that may return
// undefined leaves both paths open.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf, PROSPECT_ENTITY, tsAppSuite } from './helpers/ts-app-catalog';

const { linesReported: reported } = tsAppSuite('/virtual/returned-truth');

const QUERY = `import { DataSource } from 'typeorm';
import { Prospect } from './prospect.entity';
export const source = new DataSource({ type: 'postgres' });
export function prospectsQuery(opts: { ownerId: string; after?: Date }) {
  const qb = source.getRepository(Prospect).createQueryBuilder('p');
  qb.where('p.ownerId = :ownerId', { ownerId: opts.ownerId });
  if (opts.after) {
    qb.andWhere('p.createdAt >= :after', { after: opts.after });
  }
  return qb;
}
`;

const DATES = `export function startOfQuarter() {
  const d = new Date();
  d.setMonth(d.getMonth() - (d.getMonth() % 3), 1);
  return d;
}
export const daysBack = (n: number) => new Date(Date.now() - n * 86400000);
export function parsedOrNothing(s?: string) {
  if (!s) return undefined;
  return new Date(s);
}
export function maybeStart(s?: string) {
  if (s) return new Date(s);
}
`;

test('an unannotated helper returning a new Date always takes the caller-decided filter arm', () => {
  const use = `import { prospectsQuery } from './query';
import { daysBack, startOfQuarter } from './dates';
export const quarter = (ownerId: string) => prospectsQuery({ ownerId, after: startOfQuarter() }).getMany(); // quarter
export const week = (ownerId: string) => prospectsQuery({ ownerId, after: daysBack(7) }).getMany(); // week
export const all = (ownerId: string) => prospectsQuery({ ownerId }).getMany(); // all
`;
  const files = { 'prospect.entity.ts': PROSPECT_ENTITY, 'query.ts': QUERY, 'dates.ts': DATES, 'use.ts': use };
  assert.deepEqual(reported(files, 'use.ts'), [lineOf(use, '// all')]);
});

test('a helper that may return undefined, or fall off its end, leaves the unfiltered path open', () => {
  const use = `import { prospectsQuery } from './query';
import { maybeStart, parsedOrNothing } from './dates';
export const parsed = (ownerId: string, s?: string) => prospectsQuery({ ownerId, after: parsedOrNothing(s) }).getMany(); // parsed
export const maybe = (ownerId: string, s?: string) => prospectsQuery({ ownerId, after: maybeStart(s) }).getMany(); // maybe
`;
  const files = { 'prospect.entity.ts': PROSPECT_ENTITY, 'query.ts': QUERY, 'dates.ts': DATES, 'use.ts': use };
  assert.deepEqual(reported(files, 'use.ts'), [lineOf(use, '// parsed'), lineOf(use, '// maybe')]);
});
