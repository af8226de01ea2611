/**
 * Real-application review (round ten, rubygems.org): an association a concern declares with a
 * class name made from the including class (`has_many :events, class_name: "Events::#{name}Event"`
 * in `included do`): each including model reads its own associated model.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CatalogView } from '../server/src/engine/catalog/model';
import { loadRailsFixture, railsFindings, rubyLines as lines } from './helpers/rails-fixture';

let catalog: CatalogView;

void before(async () => {
  ({ catalog } = await loadRailsFixture());
});

const files = {
  'app/models/concerns/output_trail.rb': lines(
    'module OutputTrail',
    '  extend ActiveSupport::Concern',
    '',
    '  included do',
    '    has_many :trail, class_name: "#{name}Output", foreign_key: :lead_id',
    '  end',
    'end',
  ),
  'app/models/agent.rb': lines('class Agent < ApplicationRecord', '  self.table_name = "leads"', '  include OutputTrail', 'end'),
  'app/models/board.rb': lines('class Board < ApplicationRecord', '  include OutputTrail', 'end'),
};

void test('a concern association whose class name interpolates the including class: read on each includer as its own model', () => {
  const rel = 'app/controllers/trails_controller.rb';
  const ctrl = lines(
    'class TrailsController < ApplicationController',
    '  def show',
    '    agent = Agent.find_by!(id: params[:id], created_at: params[:day])',
    '    @trail = agent.trail.order(id: :desc).to_a',
    '  end',
    '',
    '  def board',
    '    board = Board.find(params[:id])',
    '    @trail = board.trail.order(id: :desc).to_a',
    '  end',
    'end',
  );
  // Agent's trail is AgentOutput (agent_outputs, RANGE by created_at, read by lead_id); Board's
  // is BoardOutput, a table that is not partitioned: silent.
  const found = railsFindings(catalog, { ...files, [rel]: ctrl }, rel);
  assert.deepEqual(found.map((f) => f.split(' ').slice(0, 2).join(' ')), ['4:20 public.agent_outputs']);
});
