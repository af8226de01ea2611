/**
 * Rails conventions that name a class or method after another (ar-conventions.ts, ar-tail.ts):
 * Pundit's `policy_scope(Model)` is `<Model>Policy::Scope#resolve` built with the relation,
 * `delegate :x, to: :record` reads `record.x`, `record` in `<Model>Policy` is a record of that
 * model, and a method ending in `if`/`else` returns what each branch returns. Precision: a
 * resolve that always adds the key, a model without a policy, a `prefix:` delegate stay quiet.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings: findingsIn } = railsSuite();

const POLICIES = {
  'app/policies/application_policy.rb': lines(
    'class ApplicationPolicy',
    '  attr_reader :user, :record',
    '',
    '  def initialize(user, record)',
    '    @user = user',
    '    @record = record',
    '  end',
    '',
    '  class Scope',
    '    def initialize(user, scope)',
    '      @user = user',
    '      @scope = scope',
    '    end',
    '',
    '    private',
    '',
    '    attr_reader :user, :scope',
    '  end',
    'end',
  ),
  'app/policies/lead_policy.rb': lines(
    'class LeadPolicy < ApplicationPolicy',
    '  class Scope < ApplicationPolicy::Scope',
    '    def resolve',
    '      if user.admin?',
    '        scope.all',
    '      else',
    '        scope.where(user_id: user.id)',
    '      end',
    '    end',
    '  end',
    '',
    '  delegate :campaign, to: :record',
    '  delegate :user, to: :record, prefix: :owner',
    '',
    '  def show?',
    '    campaign.present? && campaign.user_id == user.id',
    '  end',
    '',
    '  def owned?',
    '    owner_user.present?',
    '  end',
    'end',
  ),
  'app/policies/agent_output_policy.rb': lines(
    'class AgentOutputPolicy < ApplicationPolicy',
    '  class Scope < ApplicationPolicy::Scope',
    '    def resolve',
    '      scope.where(created_at: 1.month.ago..)',
    '    end',
    '  end',
    'end',
  ),
};

void describe('Pundit policy scopes and delegates', () => {
  test('policy_scope(Model) is the resolve of its policy scope: a branch without the key is reported where the relation runs', () => {
    const file = 'app/controllers/pundit_leads_controller.rb';
    const extra = {
      ...POLICIES,
      [file]: lines(
        'class PunditLeadsController < ApplicationController',
        '  def index',
        '    @leads = policy_scope(Lead).order(:id).limit(30)',
        '  end',
        '',
        '  def dated',
        '    @leads = policy_scope(Lead).where(created_at: 1.day.ago..).to_a',
        '  end',
        '',
        '  def mine',
        '    @leads = policy_scope(current_user.leads).to_a',
        '  end',
        '',
        '  def outputs',
        '    @outputs = policy_scope(AgentOutput).where(kind: "reply").to_a',
        '  end',
        '',
        '  def campaigns',
        '    @campaigns = policy_scope(Campaign).to_a',
        '  end',
        'end',
      ),
    };
    assert.deepEqual(findingsIn(extra, file), [
      '3:27 public.leads Lead',
      // `current_user.leads` goes through campaigns (users → campaigns → leads): the admin branch lacks created_at.
      '11:40 public.leads leads',
      // (AgentOutputPolicy::Scope adds the key; Campaign has no policy: unknown, quiet.)
    ]);
  });

  test('a delegated association of the policy\'s record loads it where it is read (once); a prefixed delegate is left alone', () => {
    assert.deepEqual(findingsIn(POLICIES, 'app/policies/lead_policy.rb'), ['16:5 public.campaigns campaign']);
  });

  test('a delegate outside a policy reads the target\'s association; a target that is not a record stays quiet', () => {
    const file = 'app/services/lead_card.rb';
    const extra = {
      [file]: lines(
        'class LeadCard',
        '  attr_reader :lead, :options',
        '  delegate :campaign, :agent_outputs, to: :lead',
        '  delegate :leads, to: :options',
        '',
        '  def initialize(lead, options)',
        '    @lead = lead',
        '    @options = options',
        '  end',
        '',
        '  def title',
        '    "#{campaign.name}: #{agent_outputs.count}"',
        '  end',
        '',
        '  def others',
        '    leads.to_a',
        '  end',
        'end',
      ),
    };
    assert.deepEqual(findingsIn(extra, file), ['12:8 public.campaigns campaign', '12:26 public.agent_outputs agent_outputs']);
  });
});

void describe('a method ending in if/else returns each branch', () => {
  test('a query object whose last statement branches: the caller runs either relation', () => {
    const file = 'app/services/branching_finder.rb';
    const extra = {
      [file]: lines(
        'class BranchingFinder',
        '  def self.call(since)',
        '    if since',
        '      Lead.where(created_at: since..)',
        '    elsif Current.user',
        '      Lead.where(user_id: Current.user.id)',
        '    else',
        '      Lead.none',
        '    end',
        '  end',
        '',
        '  def self.dated(since)',
        '    unless since',
        '      Lead.where(created_at: 1.day.ago..)',
        '    else',
        '      Lead.where(created_at: since..)',
        '    end',
        '  end',
        '',
        '  def self.partial(since)',
        '    Lead.where(created_at: since..) if since',
        '  end',
        'end',
      ),
      'app/jobs/branching_job.rb': lines(
        'class BranchingJob < ApplicationJob',
        '  def perform(since)',
        '    BranchingFinder.call(since).to_a',
        '    BranchingFinder.dated(since).to_a',
        '    BranchingFinder.partial(since).to_a',
        '  end',
        'end',
      ),
    };
    assert.deepEqual(findingsIn(extra, 'app/jobs/branching_job.rb'), ['3:21 public.leads call']);
  });
});

void describe('class macros and callbacks of base controllers', () => {
  test('a scope declared by a class macro of a module (`uses_user_permissions`) is a scope of each model calling it', () => {
    const file = 'app/jobs/mine_job.rb';
    const extra = {
      'lib/permissions.rb': lines(
        'module Permissions',
        '  def self.included(base)',
        '    base.extend(ClassMethods)',
        '  end',
        '',
        '  module ClassMethods',
        '    def uses_user_permissions',
        '      scope :mine, ->(user) { where(user_id: user.id) }',
        '    end',
        '',
        '    def uses_recent_window',
        '      scope :windowed, -> { where(created_at: 1.week.ago..) }',
        '    end',
        '  end',
        'end',
      ),
      'app/models/macro_lead.rb': lines(
        'class MacroLead < ApplicationRecord',
        '  self.table_name = "leads"',
        '  uses_user_permissions',
        '  uses_recent_window',
        'end',
      ),
      [file]: lines(
        'class MineJob < ApplicationJob',
        '  def perform(user)',
        '    MacroLead.mine(user).count',
        '    MacroLead.mine(user).windowed.count',
        '  end',
        'end',
      ),
    };
    // Without the macro `mine` is unknown (quiet); `windowed` adds the key.
    assert.deepEqual(findingsIn(extra, file), ['3:5 public.leads MacroLead']);
  });

  test('a record a base controller\'s callback loads, read through an attr_reader in another callback: its writes are judged', () => {
    const file = 'app/controllers/org_campaigns_controller.rb';
    const extra = {
      'app/controllers/org_base_controller.rb': lines(
        'class OrgBaseController < ApplicationController',
        '  before_action :authenticate',
        '  attr_reader :current_org',
        '',
        '  private',
        '',
        '  def authenticate',
        '    @current_org = User.find_by(id: request.headers["X-Org"])',
        '  end',
        'end',
      ),
      [file]: lines(
        'class OrgCampaignsController < OrgBaseController',
        '  before_action :find_campaign',
        '',
        '  def destroy',
        '    @campaign.update!(archived: true)',
        '  end',
        '',
        '  private',
        '',
        '  def find_campaign',
        '    @campaign = current_org.campaigns.find_by(id: params[:id])',
        '  end',
        'end',
      ),
    };
    assert.deepEqual(findingsIn(extra, file), ['5:15 public.campaigns update!']);
  });
});

void describe('has_many :through whose source names its class', () => {
  test('the model of a through association is its source\'s (`class_name:` + `foreign_key:` + a scope on the source)', () => {
    const file = 'app/jobs/thr_job.rb';
    const extra = {
      'app/models/thr_user.rb': lines(
        'class ThrUser < ApplicationRecord',
        '  self.table_name = "users"',
        '  has_many :thr_campaigns, foreign_key: :user_id',
        '  has_many :picked_leads, through: :thr_campaigns',
        '  has_many :keyed_leads, through: :thr_campaigns',
        'end',
      ),
      'app/models/thr_campaign.rb': lines(
        'class ThrCampaign < ApplicationRecord',
        '  self.table_name = "campaigns"',
        '  belongs_to :thr_user, foreign_key: :user_id',
        '  has_many :picked_leads, -> { where(status: "picked") }, class_name: "Lead", foreign_key: :campaign_id',
        '  has_many :keyed_leads, -> { where(created_at: 1.week.ago..) }, class_name: "Lead", foreign_key: :campaign_id',
        'end',
      ),
      [file]: lines(
        'class ThrJob < ApplicationJob',
        '  def perform(id)',
        '    user = ThrUser.find(id)',
        '    user.picked_leads.to_a',
        '    user.keyed_leads.to_a',
        '  end',
        'end',
      ),
    };
    // The source scope of `keyed_leads` carries the key: quiet.
    assert.deepEqual(findingsIn(extra, file), ['4:10 public.leads picked_leads']);
  });
});

// Pundit's `authorize(record)` returns the record it was given: a write on what it returned is a
// write of the record by its primary key. Precision: a controller defining its own `authorize`
// (returning anything) and `authorize` given a class leave the value unknown.
void describe("Pundit's authorize returns its record", () => {
  const CONTROLLER = 'app/controllers/lead_states_controller.rb';
  const controller = (...extra: string[]): string =>
    lines(
      'class LeadStatesController < ApplicationController',
      '  def update',
      '    @lead = authorize Lead.find_by(id: params[:id], created_at: params[:at]), :update?',
      '    @lead.update(company: params[:company])',
      '  end',
      '',
      '  def archive',
      '    policy_class = authorize Lead',
      '    policy_class.update(company: nil)',
      '  end',
      ...extra,
      'end',
    );

  void test('the record `authorize` returns is written by its primary key', () => {
    assert.deepEqual(findingsIn({ [CONTROLLER]: controller() }, CONTROLLER), ['4:11 public.leads update']);
  });

  void test('a controller defining its own `authorize` returns what that method returns', () => {
    assert.deepEqual(findingsIn({ [CONTROLLER]: controller('', '  private', '', '  def authorize(*) = nil') }, CONTROLLER), []);
  });
});
