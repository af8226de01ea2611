/**
 * Two shapes of GitLab's web-hook log code (round 16 review):
 * - a controller concern calling a method each including controller defines (`hook_log` runs
 *   `hook.web_hook_logs.find(id)`, `hook` is `SystemHook.find(…)` in one includer and
 *   `@project.hooks.find(…)` in another): the concern's method is judged as each of them;
 * - a model whose table is named otherwise (`self.table_name = :web_hook_logs_daily`) reached by
 *   the default name of an association (`has_many :web_hook_logs`): the association name makes a
 *   file relevant, as the model's name does.
 * Precision: a dated query stays quiet, and a concern whose includers define nothing stays silent.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const CONCERN = 'app/controllers/concerns/owned_lead_actions.rb';

const concern = (query: string): string =>
  lines(
    'module OwnedLeadActions',
    '  extend ActiveSupport::Concern',
    '',
    '  included do',
    '    before_action :lead, only: :show',
    '  end',
    '',
    '  def show',
    '  end',
    '',
    '  private',
    '',
    '  def lead',
    `    @lead ||= ${query}`,
    '  end',
    'end',
  );

const includer = (cls: string, body: string): string =>
  lines(`class ${cls} < ApplicationController`, '  include OwnedLeadActions', '', '  private', '', '  def owner', `    @owner ||= ${body}`, '  end', 'end');

const includers = {
  'app/controllers/admin/campaign_leads_controller.rb': includer('Admin::CampaignLeadsController', 'Campaign.find(params[:campaign_id])'),
  'app/controllers/my_leads_controller.rb': includer('MyLeadsController', 'current_user.campaigns.find(params[:campaign_id])'),
};

const lineOf = (found: readonly string[]): string[] => found.map((f) => f.split(':')[0]!);

test('a concern method reading a record its includers define: judged as each of them, reported in the concern', () => {
  const files = { [CONCERN]: concern('owner.leads.find(params[:id])'), ...includers };
  assert.deepEqual([...new Set(lineOf(findings(files, CONCERN)))], ['14']);
});

test('the same concern with a dated query: quiet', () => {
  const files = { [CONCERN]: concern('owner.leads.recent.find(params[:id])'), ...includers };
  assert.deepEqual(findings(files, CONCERN), []);
});

test('includers that do not define the method: nothing is assumed', () => {
  const files = { [CONCERN]: concern('owner.leads.find(params[:id])'), 'app/controllers/plain_leads_controller.rb': lines('class PlainLeadsController < ApplicationController', '  include OwnedLeadActions', 'end') };
  assert.deepEqual(findings(files, CONCERN), []);
});

const PROSPECT = lines('class SalesProspect < ApplicationRecord', '  self.table_name = :leads', '  self.primary_key = :id', 'end');
const PITCH = lines('class Pitch < ApplicationRecord', '  has_many :sales_prospects', 'end');
const ctrl = (query: string): string => lines('class PitchesController < ApplicationController', '  def show', `    @rows = Pitch.find(params[:id]).sales_prospects${query}.to_a`, '  end', 'end');

test('a default-named association to a model whose table is named otherwise makes the file relevant', () => {
  const files = { 'app/models/sales_prospect.rb': PROSPECT, 'app/models/pitch.rb': PITCH, 'app/controllers/pitches_controller.rb': ctrl('.where(status: "new")') };
  assert.deepEqual(lineOf(findings(files, 'app/controllers/pitches_controller.rb')), ['3']);
  const dated = { ...files, 'app/controllers/pitches_controller.rb': ctrl('.where(created_at: 1.week.ago..)') };
  assert.deepEqual(findings(dated, 'app/controllers/pitches_controller.rb'), []);
});

test('a concern callback preparing a relation that the concern\'s own actions refine: judged in the actions, not in the callback', () => {
  const prepared = lines(
    'module ReviewQueue',
    '  extend ActiveSupport::Concern',
    '',
    '  included do',
    '    before_action :load_items, only: :index',
    '  end',
    '',
    '  def index',
    '    @items = @items.where(created_at: 1.week.ago..).page(params[:page])',
    '  end',
    '',
    '  private',
    '',
    '  def load_items',
    '    @items = item_model.where(user_id: current_user.id)',
    '  end',
    'end',
  );
  const user = lines('class ReviewLeadsController < ApplicationController', '  include ReviewQueue', '', '  private', '', '  def item_model', '    Lead', '  end', 'end');
  const file = 'app/controllers/concerns/review_queue.rb';
  assert.deepEqual(findings({ [file]: prepared, 'app/controllers/review_leads_controller.rb': user }, file), []);
});
