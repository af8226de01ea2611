// A knex derived table written as a callback (`select('*').from(function () { this.from('leads')….as('q1') })`,
// `from((qb) => qb.from('leads')….as('q1'))`): the subquery is a statement the planner prunes on its own, judged
// when the outer query runs. Silent twin: the subquery bounding the key.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const { findings } = tsAppSuite('/virtual/knex-from-subqueries');

const file = (bound: string): Record<string, string> => ({
  'reads.ts': [
    "import knex from 'knex';",
    "const pg = knex({ client: 'pg' });",
    'export async function lastPerCampaign(ownerId: number) {',
    '  return pg',
    "    .select('*')",
    '    .from(function () {',
    `      this.select([pg.raw('max(id) as mid'), 'campaign_id']).from('leads')${bound}.groupBy('campaign_id').as('q1');`,
    '    })',
    "    .join('campaigns', pg.raw('q1.campaign_id'), 'campaigns.id')",
    '    .where({ user_id: ownerId });',
    '}',
    'export async function recentOf(ownerId: number) {',
    `  return pg.select('*').from((qb) => qb.from('leads').where({ user_id: ownerId })${bound}.as('q1')).orderBy('id');`,
    '}',
    '',
  ].join('\n'),
});

void test('a derived table written as a callback is judged as its own statement when the outer query runs', () => {
  assert.deepEqual(findings(file(''), 'reads.ts'), [
    "7: this.select([pg.raw('max(id) as mid'), 'campaign_id']).from('leads').groupBy('campaign_id').as('q1');",
    "13: return pg.select('*').from((qb) => qb.from('leads').where({ user_id: ownerId }).as('q1')).orderBy('id');",
  ]);
});

void test('precision: a derived table bounding the key stays silent', () => {
  assert.deepEqual(findings(file(".where('created_at', '>=', new Date('2024-03-01'))"), 'reads.ts'), []);
});
