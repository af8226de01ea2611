/**
 * A relation built in one statement and run in another is reported where it runs
 * (server/src/engine/host/ruby/ar-moved.ts), with the relations it uses as subqueries: a
 * `where(lead_id: user.leads.select(:id))` built on one line and run by `delete_all` later is one
 * statement, reported at the run. Precision: a subquery with the key reports nothing anywhere.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const FILE = 'app/services/output_pruner.rb';
const pruner = (leads: string): Record<string, string> => ({
  [FILE]: lines(
    'class OutputPruner',
    '  def prune(user, since)',
    `    stale = AgentOutput.where(created_at: ..since, lead_id: ${leads}.select(:id))`,
    '    stale = stale.where(kind: "draft") if user.admin?',
    '    stale.delete_all',
    '  end',
    'end',
  ),
});

test('a subquery built with the relation is reported where the relation runs', () => {
  assert.deepEqual(findings(pruner('user.leads.where(company: "x")'), FILE), ['5:5 public.leads stale.delete_all']);
});

test('a subquery with the partition key reports nothing', () => {
  assert.deepEqual(findings(pruner('user.leads.where(created_at: since..)'), FILE), []);
});
