/**
 * Real-application review (round twelve, CASA): `joins(:contact_types)` through a join model
 * (`has_many :contact_types, through: :case_contact_contact_types`) joins every model on the way;
 * the relation is judged like any other join instead of being given up.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CatalogView } from '../server/src/engine/catalog/model';
import { loadRailsFixture, railsFindings, rubyLines as lines } from './helpers/rails-fixture';

let catalog: CatalogView;

void before(async () => {
  ({ catalog } = await loadRailsFixture());
});

const models = {
  'app/models/visit.rb': lines(
    'class Visit < ApplicationRecord',
    '  self.table_name = "leads"',
    '  has_many :visit_labels',
    '  has_many :labels, through: :visit_labels',
    '  has_many :tagged_labels, through: :visit_labels, source: :label',
    '  has_many :open_labels, -> { where(open: true) }, through: :visit_labels, source: :label',
    'end',
  ),
  'app/models/visit_label.rb': lines('class VisitLabel < ApplicationRecord', '  belongs_to :visit', '  belongs_to :label', 'end'),
  'app/models/label.rb': lines('class Label < ApplicationRecord', 'end'),
};

const short = (found: string[]): string[] => found.map((f) => f.split(' ').slice(0, 2).join(' '));

void test('a join through a join model: the relation is judged on its own conditions', () => {
  const rel = 'app/services/visit_report.rb';
  const svc = lines(
    'class VisitReport',
    '  def labelled(name)',
    '    Visit.joins(:labels).where(labels: { name: name }).pluck(:id)',
    '  end',
    '',
    '  def sourced(name)',
    '    Visit.left_joins(:tagged_labels).where(labels: { name: name }).to_a',
    '  end',
    '',
    '  def windowed(name, day)',
    '    Visit.joins(:labels).where(labels: { name: name }, created_at: day.all_day).pluck(:id)',
    '  end',
    'end',
  );
  assert.deepEqual(short(railsFindings(catalog, { ...models, [rel]: svc }, rel)), ['3:5 public.leads', '7:5 public.leads']);
});

void test('a through join whose chain reaches a partitioned table without its key is reported at the association', () => {
  const rel = 'app/controllers/owners_controller.rb';
  const ctrl = lines(
    'class OwnersController < ApplicationController',
    '  def index',
    '    @owners = User.joins(:agent_outputs).where(agent_outputs: { kind: "summary" }).distinct.to_a',
    '  end',
    'end',
  );
  // users → campaigns (HASH by user_id, joined on user_id) → leads → agent_outputs: the partitioned
  // tables on the way are joined by ids only, and the finding is placed at the association name.
  const found = short(railsFindings(catalog, { [rel]: ctrl }, rel));
  assert.deepEqual(found, ['3:26 public.campaigns', '3:26 public.leads', '3:26 public.agent_outputs']);
});

void test('a through association with its own scope stays unknown: nothing is reported', () => {
  const rel = 'app/services/open_visits.rb';
  const svc = lines('class OpenVisits', '  def call', '    Visit.joins(:open_labels).to_a', '  end', 'end');
  assert.deepEqual(railsFindings(catalog, { ...models, [rel]: svc }, rel), []);
});
