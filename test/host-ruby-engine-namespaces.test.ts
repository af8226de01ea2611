/**
 * A Rails engine's `isolate_namespace Agent` (Thredded, Decidim, Spree-style engines) gives the
 * namespace the table name prefix of the engine's name (`Agent::Output` → `agent_outputs`), as
 * Rails does; without it the same model reads the unprefixed table.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();
const model = { 'app/models/agent/output.rb': lines('module Agent', '  class Output < ActiveRecord::Base', '    belongs_to :lead', '  end', 'end') };
const engine = { 'lib/agent/engine.rb': lines('module Agent', '  class Engine < ::Rails::Engine', '    isolate_namespace Agent', '  end', 'end') };
const file = 'app/services/output_report.rb';
const service = {
  [file]: lines(
    'class OutputReport',
    '  def rows',
    '    Agent::Output.where(lead_id: 1).to_a',
    '  end',
    '',
    '  def recent_rows',
    '    Agent::Output.where(lead_id: 1, created_at: 1.day.ago..).to_a',
    '  end',
    'end',
  ),
};

describe('engine namespaces', () => {
  test('isolate_namespace prefixes the namespace’s tables', () => {
    assert.deepEqual(findings({ ...model, ...engine, ...service }, file), ['3:5 public.agent_outputs Agent::Output']);
  });

  test('precision: without the engine the model reads another table', () => {
    assert.deepEqual(findings({ ...model, ...service }, file), []);
  });
});
