/**
 * Declarations written inside ActiveSupport blocks of a class body:
 * - `concerning :SearchMethods do … end` (Danbooru, Basecamp-style models): a concern defined and
 *   included on the spot, so its methods, its `class_methods do … end` and its `included do … end`
 *   are the class's own and are followed like methods written in the class body;
 * - `with_options dependent: :destroy do … has_many … end` (human-essentials' Organization): each
 *   association inside is declared, with the options its own call does not give.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CatalogView } from '../server/src/engine/catalog/model';
import { loadRailsFixture, railsFindings, rubyLines as lines } from './helpers/rails-fixture';

let catalog: CatalogView;

void before(async () => {
  ({ catalog } = await loadRailsFixture());
});

const base = {
  'app/models/tracked_record.rb': lines(
    'class TrackedRecord < ApplicationRecord',
    '  self.abstract_class = true',
    '',
    '  concerning :Windows do',
    '    class_methods do',
    '      def newest_first',
    '        order(id: :desc)',
    '      end',
    '',
    '      def within(range)',
    '        where(created_at: range)',
    '      end',
    '    end',
    '  end',
    'end',
  ),
  'app/models/ticket.rb': lines(
    'class Ticket < TrackedRecord',
    '  self.table_name = "leads"',
    '',
    '  concerning :Stale do',
    '    included do',
    '      scope :stale, -> { where(status: "stale") }',
    '    end',
    '',
    '    def owner_outputs',
    '      AgentOutput.where(lead_id: id).to_a',
    '    end',
    '  end',
    'end',
  ),
};

void test('class methods of a concerning block on a base class: followed on the model that inherits them', () => {
  const rel = 'app/controllers/tickets_controller.rb';
  const ctrl = lines(
    'class TicketsController < ApplicationController',
    '  def index',
    '    @tickets = Ticket.newest_first.limit(20).to_a',
    '    @today = Ticket.within(Time.current.all_day).newest_first.to_a',
    '  end',
    'end',
  );
  const found = railsFindings(catalog, { ...base, [rel]: ctrl }, rel);
  // The first reads every partition; the second filters on created_at through `within` and stays silent.
  assert.deepEqual(found.map((f) => f.split(' ').slice(0, 2).join(' ')), ['3:16 public.leads']);
});

void test('a scope declared in a concerning block\'s included block, and its instance methods, belong to the class', () => {
  const rel = 'app/controllers/stale_controller.rb';
  const ctrl = lines(
    'class StaleController < ApplicationController',
    '  def index',
    '    @stale = Ticket.stale.to_a',
    '    @recent_stale = Ticket.stale.where(created_at: 1.day.ago..).to_a',
    '  end',
    '',
    '  def show',
    '    ticket = Ticket.find_by!(id: params[:id], created_at: params[:day])',
    '    @outputs = ticket.owner_outputs',
    '  end',
    'end',
  );
  const found = railsFindings(catalog, { ...base, [rel]: ctrl }, rel);
  const stale = found.filter((f) => f.startsWith('3:'));
  assert.equal(stale.length, 1, found.join('\n'));
  assert.ok(!found.some((f) => f.startsWith('4:') || f.startsWith('8:')), found.join('\n'));
});

void test('concerning methods stay on their class: another model of the same name elsewhere is not given them', () => {
  const rel = 'app/controllers/campaigns_list_controller.rb';
  const ctrl = lines(
    'class CampaignsListController < ApplicationController',
    '  def index',
    '    @campaigns = Campaign.newest_first.to_a',
    '  end',
    'end',
  );
  // Campaign does not inherit TrackedRecord: `newest_first` is unknown there and nothing is reported.
  assert.deepEqual(railsFindings(catalog, { ...base, [rel]: ctrl }, rel), []);
});

const office = {
  'app/models/office.rb': lines(
    'class Office < ApplicationRecord',
    '  self.table_name = "users"',
    '',
    '  with_options dependent: :destroy do',
    '    has_many :campaigns, foreign_key: :user_id',
    '    has_many :leads, foreign_key: :user_id',
    '  end',
    '',
    '  with_options class_name: "AgentOutput", foreign_key: :lead_id do |o|',
    '    o.has_many :notes',
    '  end',
    'end',
  ),
};

void test('associations declared in a with_options block: read like any other, with the block\'s options merged', () => {
  const rel = 'app/controllers/offices_controller.rb';
  const ctrl = lines(
    'class OfficesController < ApplicationController',
    '  def show',
    '    office = Office.find(params[:id])',
    '    @campaigns = office.campaigns.to_a',
    '    @leads = office.leads.where(status: "open").to_a',
    '    @notes = office.notes.to_a',
    '  end',
    'end',
  );
  // campaigns are HASH-partitioned by user_id (the foreign key: silent); leads and the notes
  // (agent_outputs, by the merged class_name and foreign_key) are read without created_at.
  const found = railsFindings(catalog, { ...office, [rel]: ctrl }, rel);
  assert.deepEqual(found.map((f) => f.split(' ').slice(0, 2).join(' ')), ['5:21 public.leads', '6:21 public.agent_outputs']);
});
