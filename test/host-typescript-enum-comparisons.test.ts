// A where helper turning a timeframe enum into an optional date (`window === Range.Everything ?
// undefined : new Date(…)`, Civitai's `MetricTimeframe`): a caller passing a constant member other than
// the one that drops the date always filters on the partition key, and is silent; the caller passing that
// member, or a value we cannot read, scans. Members are compared by value inside one enum only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf, PROSPECT_ENTITY, tsAppSuite } from './helpers/ts-app-catalog';

const { linesReported: reported } = tsAppSuite('/virtual/enum-comparisons');

const RANGES = `export enum Range {
  Today = 'today',
  Quarter = 'quarter',
  Everything = 'everything',
}
export enum Bucket {
  Hour,
  Day,
  Forever,
}
export enum Other {
  Everything = 'everything',
}
`;

const QUERY = `import { DataSource } from 'typeorm';
import { Prospect } from './prospect.entity';
import { Bucket, Range } from './ranges';
export const source = new DataSource({ type: 'postgres' });
const rangeStart = (window: Range) =>
  window === Range.Everything ? undefined : new Date(Date.now() - (window === Range.Today ? 1 : 90) * 86400000);
function bucketStart(b: Bucket) {
  return b !== Bucket.Forever ? new Date() : undefined;
}
export function prospectsIn(ownerId: string, window: Range) {
  const after = rangeStart(window);
  const qb = source.getRepository(Prospect).createQueryBuilder('p').where('p.ownerId = :ownerId', { ownerId });
  if (after) qb.andWhere('p.createdAt >= :after', { after });
  return qb;
}
export function prospectsBy(ownerId: string, bucket: Bucket) {
  const after = bucketStart(bucket);
  const qb = source.getRepository(Prospect).createQueryBuilder('p').where('p.ownerId = :ownerId', { ownerId });
  if (after) qb.andWhere('p.createdAt >= :after', { after });
  return qb;
}
`;

const FILES = { 'prospect.entity.ts': PROSPECT_ENTITY, 'ranges.ts': RANGES, 'query.ts': QUERY };

test('a constant enum member other than the one that drops the date keeps the partition-key filter', () => {
  const use = `import { prospectsBy, prospectsIn } from './query';
import { Bucket, Range } from './ranges';
export const today = (ownerId: string) => prospectsIn(ownerId, Range.Today).getMany(); // today
export const quarter = (ownerId: string) => prospectsIn(ownerId, Range.Quarter).getMany(); // quarter
export const daily = (ownerId: string) => prospectsBy(ownerId, Bucket.Day).getMany(); // daily
export const everything = (ownerId: string) => prospectsIn(ownerId, Range.Everything).getMany(); // everything
export const forever = (ownerId: string) => prospectsBy(ownerId, Bucket.Forever).getMany(); // forever
`;
  assert.deepEqual(reported({ ...FILES, 'use.ts': use }, 'use.ts'), [lineOf(use, '// everything'), lineOf(use, '// forever')]);
});

test('a window we cannot read, or a member of another enum, leaves the unfiltered path open', () => {
  const use = `import { prospectsIn } from './query';
import { Other, Range } from './ranges';
export const given = (ownerId: string, window: Range) => prospectsIn(ownerId, window).getMany(); // given
export const other = (ownerId: string) => prospectsIn(ownerId, Other.Everything as unknown as Range).getMany(); // other
`;
  assert.deepEqual(reported({ ...FILES, 'use.ts': use }, 'use.ts'), [lineOf(use, '// given'), lineOf(use, '// other')]);
});
