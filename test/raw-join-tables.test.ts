/**
 * Real-application review (round ten, rubygems.org): an ORM query on a plain table that joins a
 * partitioned one in SQL text (`Rubygem.joins("LEFT JOIN versions ON …")`) names that table only in
 * the text; the judge must still see it (query/sql-tables.ts), or the query is skipped as touching
 * no known table.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CatalogView } from '../server/src/engine/catalog/model';
import { sqlTables } from '../server/src/engine/query/sql-tables';
import { loadRailsFixture, railsFindings, rubyLines as lines } from './helpers/rails-fixture';

let catalog: CatalogView;

void before(async () => {
  ({ catalog } = await loadRailsFixture());
});

void test('sqlTables: the tables after FROM and JOIN, quoted or schema-qualified; not functions or subqueries', () => {
  assert.deepEqual(sqlTables('LEFT JOIN versions ON versions.rubygem_id = rubygems.id JOIN "app"."deps" d ON d.id = 1'), [{ name: 'versions' }, { schema: 'app', name: 'deps' }]);
  assert.deepEqual(sqlTables('id IN (SELECT lead_id FROM agent_outputs WHERE kind = $1)'), [{ name: 'agent_outputs' }]);
  assert.deepEqual(sqlTables('JOIN LATERAL (SELECT 1) x ON true, unnest(array[1]) FROM (SELECT 1) s'), []);
});

void test('a plain table joined to a partitioned one in SQL text: the partitioned table is judged', () => {
  const rel = 'app/controllers/people_controller.rb';
  const ctrl = lines(
    'class PeopleController < ApplicationController',
    '  def noted',
    '    @users = User.joins("JOIN agent_outputs ON agent_outputs.kind = \'note\'").to_a',
    '  end',
    '',
    '  def recent',
    '    @users = User.joins("JOIN agent_outputs ON agent_outputs.created_at >= \'2026-01-01\'").to_a',
    '  end',
    '',
    '  def listed',
    '    @users = User.where("id IN (SELECT user_id FROM leads WHERE company = ?)", params[:c]).to_a',
    '  end',
    'end',
  );
  const found = railsFindings(catalog, { [rel]: ctrl }, rel);
  // The join bounded by a constant on the key prunes (line 7): silent.
  assert.deepEqual(found.map((f) => f.split(' ').slice(0, 2).join(' ')), ['3:31 public.agent_outputs', '11:53 public.leads']);
});
