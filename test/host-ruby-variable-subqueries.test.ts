/**
 * A relation held in a local variable and given as a condition's value
 * (`hidden = Campaign.where(archived: true).select(:id)`, then `Lead.where(campaign_id: hidden)`)
 * is a subquery of the query that uses it (server/src/engine/host/ruby/ar-query.ts,
 * `subqueryPred`): its table is read there, reported at the variable, pruned or not by its own
 * conditions. A variable holding several alternative relations stays unknown (silent).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const FILE = 'app/jobs/cleanup_job.rb';
const check = (...body: string[]): string[] =>
  findings({ [FILE]: lines('class CleanupJob < ApplicationJob', '  def perform(from, user_id, flag)', ...body.map((b) => `    ${b}`), '  end', 'end') }, FILE).map((f) => `${f.split(' ')[0]} ${f.split(' ')[1]}`);

test('a subquery held in a variable: its table is read where the query runs', () => {
  assert.deepEqual(check('hidden = Campaign.where(name: "x").select(:id)', 'Lead.where(campaign_id: hidden).where(created_at: from..).delete_all'), ['4:29 public.campaigns']);
  assert.deepEqual(check('ids = Campaign.where(name: "x").select(:id)', 'Lead.where(created_at: from.., campaign_id: ids).to_a'), ['4:49 public.campaigns']);
});

test('precision: a subquery with its own key, and a variable holding alternatives', () => {
  assert.deepEqual(check('mine = Campaign.where(user_id: user_id).select(:id)', 'Lead.where(campaign_id: mine).where(created_at: from..).delete_all'), []);
  assert.deepEqual(check('pick = flag ? Campaign.where(user_id: user_id).select(:id) : Campaign.where(name: "x").select(:id)', 'Lead.where(campaign_id: pick, created_at: from..).to_a'), []);
});

// The conditions held in a local (`conditions = { campaign_id: hidden }`, then `where(conditions)`):
// the subquery still runs with the query that uses them, so it is reported at the running statement.
test('a subquery in a hash of conditions held in a local is reported where the query runs', () => {
  assert.deepEqual(check('hidden = Campaign.where(name: "x").select(:id)', 'conditions = { campaign_id: hidden }', 'Lead.where(conditions).where(created_at: from..).delete_all'), ['5:5 public.campaigns']);
  assert.deepEqual(check('conditions = { campaign_id: Campaign.where(name: "x").select(:id) }', 'Lead.where(conditions).where(created_at: from..).delete_all'), ['4:5 public.campaigns']);
  assert.deepEqual(check('conditions = { campaign_id: Campaign.where(user_id: user_id).select(:id) }', 'Lead.where(conditions).where(created_at: from..).delete_all'), []);
});
