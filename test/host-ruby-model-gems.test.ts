/**
 * What Rails engines and popular model gems declare for a model without its file saying it
 * (declarations.ts, gem-scopes.ts): an engine's `isolate_namespace` prefix (Thredded, Solidus),
 * discard's and paranoia's soft-delete scopes, FriendlyId's `friendly`, and finder conditions
 * held in a hash a method returns (`find_by(current_order_params)`, Solidus).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings: found } = railsSuite();
const tables = (files: Record<string, string>, rel: string): string[] => found(files, rel).map((f) => f.split(' ').slice(0, 2).join(' '));

const ENGINE = lines('module Agent', '  class Engine < ::Rails::Engine', '    isolate_namespace Agent', '  end', 'end');
const OUTPUT = lines('module Agent', '  class Output < ActiveRecord::Base', '  end', 'end');
const OUTPUTS_JOB = lines(
  'module Agent',
  '  class PurgeJob',
  '    def perform(kind)',
  '      Output.where(kind: kind).delete_all',
  '      Agent::Output.where(kind: kind, created_at: 1.day.ago..).to_a',
  '    end',
  '  end',
  'end',
);

void test('model gems: an engine isolating its namespace prefixes its models\' tables with the engine name', () => {
  const files = { 'lib/agent/engine.rb': ENGINE, 'app/models/agent/output.rb': OUTPUT, 'app/jobs/agent/purge_job.rb': OUTPUTS_JOB };
  assert.deepEqual(tables(files, 'app/jobs/agent/purge_job.rb'), ['4:7 public.agent_outputs']);
});

void test('model gems: no engine, or the module\'s own table_name_prefix, and the engine prefix is not used', () => {
  const plain = { 'app/models/agent/output.rb': OUTPUT, 'app/jobs/agent/purge_job.rb': OUTPUTS_JOB };
  assert.deepEqual(tables(plain, 'app/jobs/agent/purge_job.rb'), []);
  const own = lines('module Agent', '  def self.table_name_prefix', '    "legacy_"', '  end', 'end');
  assert.deepEqual(tables({ ...plain, 'lib/agent/engine.rb': ENGINE, 'app/models/agent.rb': own }, 'app/jobs/agent/purge_job.rb'), []);
});

const DISCARD_CONCERN = lines(
  'module SoftDeletable',
  '  extend ActiveSupport::Concern',
  '  included do',
  '    include Discard::Model',
  '    self.discard_column = :deleted_at',
  '    default_scope { kept }',
  '  end',
  'end',
);
const SOFT_LEAD = lines('class SoftLead < ApplicationRecord', '  self.table_name = "leads"', '  include SoftDeletable', 'end');
const SOFT_CALLER = lines(
  'class SoftLeadsController < ApplicationController',
  '  def index',
  '    @open = SoftLead.where(status: "new").to_a',
  '    @recent = SoftLead.where(created_at: 1.week.ago..).to_a',
  '    @all = SoftLead.with_discarded.where(email: params[:email]).to_a',
  '    @gone = SoftLead.discarded.where(created_at: 1.day.ago..).count',
  '  end',
  'end',
);

void test('model gems: discard\'s kept default scope and its scopes keep the conditions a query has', () => {
  const files = { 'app/models/concerns/soft_deletable.rb': DISCARD_CONCERN, 'app/models/soft_lead.rb': SOFT_LEAD, 'app/controllers/soft_leads_controller.rb': SOFT_CALLER };
  assert.deepEqual(tables(files, 'app/controllers/soft_leads_controller.rb'), ['3:13 public.leads', '5:12 public.leads']);
});

const PARANOID = lines('class GoneCampaign < ApplicationRecord', '  self.table_name = "campaigns"', '  acts_as_paranoid', 'end');
const PARANOID_CALLER = lines(
  'class GoneCampaignsController < ApplicationController',
  '  def index',
  '    @mine = GoneCampaign.where(user_id: current_user.id).to_a',
  '    @named = GoneCampaign.with_deleted.where(name: params[:q]).to_a',
  '    @trash = GoneCampaign.only_deleted.where(user_id: current_user.id).count',
  '  end',
  'end',
);

void test('model gems: paranoia\'s default scope and with_deleted/only_deleted keep the conditions a query has', () => {
  const files = { 'app/models/gone_campaign.rb': PARANOID, 'app/controllers/gone_campaigns_controller.rb': PARANOID_CALLER };
  assert.deepEqual(tables(files, 'app/controllers/gone_campaigns_controller.rb'), ['4:14 public.campaigns']);
});

void test('model gems: FriendlyId\'s friendly is the model\'s relation, its finder a record', () => {
  const model = lines('class SlugLead < ApplicationRecord', '  self.table_name = "leads"', '  extend FriendlyId', '  friendly_id :email, use: :slugged', 'end');
  const caller = lines(
    'class SlugLeadsController < ApplicationController',
    '  def show',
    '    @lead = SlugLead.friendly.where(email: params[:q]).to_a',
    '    @recent = SlugLead.friendly.where(created_at: 1.day.ago..).to_a',
    '  end',
    'end',
  );
  const files = { 'app/models/slug_lead.rb': model, 'app/controllers/slug_leads_controller.rb': caller };
  assert.deepEqual(tables(files, 'app/controllers/slug_leads_controller.rb'), ['3:13 public.leads']);
  // Without friendly_id the class has no `friendly`: nothing is known of what it returns.
  const plain = model.replace('  friendly_id :email, use: :slugged\n', '');
  assert.deepEqual(tables({ ...files, 'app/models/slug_lead.rb': plain }, 'app/controllers/slug_leads_controller.rb'), []);
});

void test('model gems: a finder given the hash a method returns uses its keys as conditions; an open hash stays silent', () => {
  const concern = lines(
    'module LeadFinding',
    '  extend ActiveSupport::Concern',
    '  def current_lead',
    '    Lead.where(status: "new").lock(false).find_by(current_lead_params)',
    '  end',
    '',
    '  def recent_lead',
    '    Lead.find_by(window_params)',
    '  end',
    '',
    '  def filtered',
    '    Lead.where(filter_params).to_a',
    '  end',
    '',
    '  private',
    '',
    '  def current_lead_params',
    '    { email: cookies.signed[:token], user_id: current_user.try(:id) }',
    '  end',
    '',
    '  def window_params',
    '    { email: cookies.signed[:token], created_at: 1.week.ago.. }',
    '  end',
    '',
    '  def filter_params',
    '    params.require(:lead).permit(:email, :created_at)',
    '  end',
    'end',
  );
  const controller = lines('class CartsController < ApplicationController', '  include LeadFinding', '  def show', '    @a = current_lead', '    @b = recent_lead', '    @c = filtered', '  end', 'end');
  const files = { 'app/controllers/concerns/lead_finding.rb': concern, 'app/controllers/carts_controller.rb': controller };
  assert.deepEqual(tables(files, 'app/controllers/concerns/lead_finding.rb'), ['4:5 public.leads']);
});
