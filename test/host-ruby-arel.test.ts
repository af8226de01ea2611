/**
 * Arel predicates given to `where` (server/src/engine/host/ruby/ar-arel.ts): ActiveRecord sends
 * `arel_table[:col].gteq(v)` as the SQL comparison of that column, so a bound on the partition key
 * prunes and a bound on another column does not. `.and`/`.or` combine, `.between(range)` and
 * `.in(list)` bound the key, `.matches` bounds nothing, and an Arel node we do not read keeps the
 * relation unknown (silent).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const FILE = 'app/jobs/arel_job.rb';
const check = (...body: string[]): string[] => findings({ [FILE]: lines('class ArelJob < ApplicationJob', '  def perform(from, to, max_id)', ...body.map((b) => `    ${b}`), '  end', 'end') }, FILE);

test('a bound on the partition key through Arel prunes; one on another column scans', () => {
  assert.deepEqual(check('Lead.where(Lead.arel_table[:created_at].gteq(from)).to_a'), []);
  assert.deepEqual(check('Lead.where(Lead.arel_table[:id].lt(max_id)).to_a'), ['3:5 public.leads Lead']);
});

test('`.and` keeps a key bound of either side; `.or` needs one on each arm', () => {
  const t = 'Lead.arel_table';
  assert.deepEqual(check(`Lead.where(${t}[:id].lt(max_id).and(${t}[:created_at].lt(to))).count`), []);
  assert.deepEqual(check(`Lead.where(${t}[:created_at].gteq(from).or(${t}[:id].eq(max_id))).count`), ['3:5 public.leads Lead']);
  // Both arms bounding the key: the planner prunes each arm.
  assert.deepEqual(check(`Lead.where(${t}[:created_at].gteq(from).or(${t}[:created_at].lt(to))).count`), []);
});

test('`.between` and `.in` bound the key; `.matches` bounds nothing', () => {
  const t = 'Lead.arel_table';
  assert.deepEqual(check(`Lead.where(${t}[:created_at].between(from..to)).pluck(:id)`), []);
  assert.deepEqual(check(`Lead.where(${t}[:created_at].in([from, to])).pluck(:id)`), []);
  assert.deepEqual(check(`Lead.where(${t}[:company].matches("%x%")).pluck(:id)`), ['3:5 public.leads Lead']);
});

test('inside a class method the implicit `arel_table` is the model\'s; an Arel node we do not read stays silent', () => {
  const model = lines('class Lead < ApplicationRecord', '  def self.older_than(max_id)', '    where(arel_table[:id].lt(max_id)).to_a', '  end', '', '  def self.in_window(from)', '    where(arel_table[:created_at].gteq(from)).to_a', '  end', 'end');
  const caller = lines('class WindowJob < ApplicationJob', '  def perform(id, t)', '    Lead.older_than(id)', '    Lead.in_window(t)', '  end', 'end');
  const files = { 'app/models/lead_windows.rb': model, 'app/jobs/window_job.rb': caller };
  assert.deepEqual([...findings(files, 'app/models/lead_windows.rb'), ...findings(files, 'app/jobs/window_job.rb')].length, 1);
  assert.deepEqual(check('Lead.where(Lead.arel_table[:created_at].gteq(from).some_extension).to_a'), []);
});
