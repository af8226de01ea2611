// A builder made by a function declared inside the caller's own function (a local `const page = (after?) => …`
// or `function base() {}`, Vercel AI Chatbot's cursor pagination): the call is followed into it like a top-level
// helper (local-functions.ts), the arguments deciding its paths. The call giving the key condition, or a local
// that filters on the key itself, stays silent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf, PROSPECT_ENTITY, tsAppSuite } from './helpers/ts-app-catalog';

const { linesReported: reported } = tsAppSuite('/virtual/local-functions');

const SVC = `import { DataSource } from 'typeorm';
import { Prospect } from './prospect.entity';
export const source = new DataSource({ type: 'postgres' });

export async function pageOf(ownerId: string, first: boolean, after: Date) {
  const page = (from?: Date) => {
    const qb = source.getRepository(Prospect).createQueryBuilder('p').where('p.ownerId = :ownerId', { ownerId });
    if (from) qb.andWhere('p.createdAt > :from', { from });
    return qb;
  };
  if (first) return await page().getMany(); // first
  return await page(after).getMany(); // after
}

export async function recentOf(ownerId: string, since: Date) {
  function mine() {
    return source.getRepository(Prospect).createQueryBuilder('p').where('p.ownerId = :ownerId', { ownerId });
  }
  const recent = await mine().andWhere('p.createdAt >= :since', { since }).getMany(); // recent
  const all = await mine().getMany(); // all
  return [recent, all];
}
`;

test('a builder from a local function is judged at its calls, the arguments deciding its paths', () => {
  const files = { 'prospect.entity.ts': PROSPECT_ENTITY, 'svc.ts': SVC };
  assert.deepEqual(reported(files, 'svc.ts'), [lineOf(SVC, '// first'), lineOf(SVC, '// all')]);
});
