/**
 * Real-application review (round sixteen, diaspora*): a module with the hook written by hand before
 * ActiveSupport::Concern (`def self.included(model) model.instance_eval { has_many … } end`) is a
 * model concern: its instance methods run on the including models' records, so `comments` in
 * them is the includer's association (as it is for `extend ActiveSupport::Concern`).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const suite = railsSuite();

const rel = 'lib/reporting/summarized.rb';
const files = {
  'app/models/dossier.rb': lines('class Dossier < ApplicationRecord', '  self.table_name = "leads"', '  include Reporting::Summarized', 'end'),
  [rel]: lines(
    'module Reporting',
    '  module Summarized',
    '    def self.included(model)',
    '      model.instance_eval do',
    '        has_many :agent_outputs, foreign_key: :lead_id',
    '      end',
    '    end',
    '',
    '    def summaries_count',
    '      agent_outputs.where(kind: "summary").count',
    '    end',
    '',
    '    def todays_summaries',
    '      self.agent_outputs.where(created_at: Date.current.all_day).to_a',
    '    end',
    '  end',
    'end',
  ),
};

const short = (found: string[]): string[] => found.map((f) => f.split(' ').slice(0, 2).join(' '));

void test('the instance methods of a module with a hand-written included hook run on the includer records', () => {
  assert.deepEqual(short(suite.findings(files, rel)), ['10:7 public.agent_outputs']);
});

void test('a module without the hook is not assumed to be included by a model: nothing is reported', () => {
  const plain = 'lib/reporting/plain.rb';
  const text = lines('module Reporting', '  module Plain', '    def summaries_count', '      agent_outputs.where(kind: "summary").count', '    end', '  end', 'end');
  assert.deepEqual(suite.findings({ ...files, [plain]: text }, plain), []);
});
