/**
 * Tenants and records the request holds (current-attributes.ts and the controller record rules):
 * an ActiveSupport::CurrentAttributes attribute not named after a model is the record the
 * application assigns to it, or the association a delegated attribute reads on another one.
 * Precision: an attribute assigned records of two models, or a value we cannot type, stays unknown.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const findingsIn = (extra: Record<string, string>, rel: string): string[] => findings(extra, rel);

const TENANCY = {
  'app/models/tenancy.rb': lines(
    'class Tenancy < ActiveSupport::CurrentAttributes',
    '  attribute :account, :login, :owner',
    '  delegate :member, to: :login',
    'end',
  ),
  'app/models/login.rb': lines('class Login < ApplicationRecord', '  belongs_to :member, class_name: "User"', 'end'),
  'app/controllers/tenant_controller.rb': lines(
    'class TenantController < ApplicationController',
    '  before_action :set_account',
    '',
    '  private',
    '',
    '  def set_account',
    '    @current_account ||= load_account',
    '    Tenancy.account = @current_account',
    '    Tenancy.login = Login.find_by(id: cookies.signed[:login_id])',
    '  end',
    '',
    '  def load_account',
    '    User.find(params[:account_id])',
    '  end',
    'end',
  ),
};

void describe('ActiveSupport::CurrentAttributes tenants', () => {
  test('an attribute holds the record the application assigns (through a memoised finder method)', () => {
    const rel = 'app/controllers/tenant_leads_controller.rb';
    const extra = {
      ...TENANCY,
      [rel]: lines(
        'class TenantLeadsController < TenantController',
        '  def show',
        '    @lead = Tenancy.account.leads.find(params[:id])',
        '  end',
        '',
        '  def recent',
        '    @leads = Tenancy.account.leads.where(created_at: 1.week.ago..).to_a',
        '  end',
        'end',
      ),
    };
    const got = findingsIn(extra, rel);
    assert.equal(got.length, 1, got.join('\n'));
    assert.match(got[0]!, /^3:\d+ public\.leads /);
  });

  test('a delegated attribute is the association read on the attribute it delegates to', () => {
    const rel = 'app/controllers/member_leads_controller.rb';
    const extra = {
      ...TENANCY,
      [rel]: lines('class MemberLeadsController < TenantController', '  def show', '    @lead = Tenancy.member.leads.find(params[:id])', '  end', 'end'),
    };
    const got = findingsIn(extra, rel);
    assert.equal(got.length, 1, got.join('\n'));
    assert.match(got[0]!, /^3:\d+ public\.leads /);
  });

  test('precision: an attribute assigned records of two models, or a value we cannot type, stays unknown', () => {
    const rel = 'app/controllers/owner_leads_controller.rb';
    const extra = {
      ...TENANCY,
      'app/controllers/owners_controller.rb': lines(
        'class OwnersController < ApplicationController',
        '  def user_owner',
        '    Tenancy.owner = User.find(params[:id])',
        '  end',
        '',
        '  def company_owner',
        '    Tenancy.owner = Company.find(params[:id])',
        '  end',
        'end',
      ),
      'app/models/registry.rb': lines('class Registry', '  cattr_accessor :account', 'end'),
      'app/controllers/registry_controller.rb': lines('class RegistryController < ApplicationController', '  def set', '    Registry.account = User.find(params[:id])', '  end', 'end'),
      [rel]: lines(
        'class OwnerLeadsController < TenantController',
        '  def show',
        '    @lead = Tenancy.owner.leads.find(params[:id])',
        '    @other = Registry.account.leads.find(params[:id])',
        '  end',
        'end',
      ),
    };
    assert.deepEqual(findingsIn(extra, rel), []);
  });
});

void describe('records loaded by before_action callbacks', () => {
  test('a memoised callback (`@lead ||= find_lead`, also in a base controller) loads the record its actions write', () => {
    const rel = 'app/controllers/memo_leads_controller.rb';
    const extra = {
      'app/controllers/memo_base_controller.rb': lines(
        'class MemoBaseController < ApplicationController',
        '  before_action :lead',
        '',
        '  private',
        '',
        '  def lead',
        '    @lead ||= find_lead',
        '  end',
        '',
        '  def find_lead',
        '    Lead.find(params[:lead_id])',
        '  end',
        'end',
      ),
      [rel]: lines(
        'class MemoLeadsController < MemoBaseController',
        '  def update',
        '    @lead.update!(status: params[:status])',
        '  end',
        '',
        '  def outputs',
        '    @outputs = @lead.agent_outputs.where(created_at: 1.week.ago..).to_a',
        '  end',
        'end',
      ),
    };
    const got = findingsIn(extra, rel);
    assert.equal(got.length, 1, got.join('\n'));
    assert.match(got[0]!, /^3:\d+ public\.leads /);
  });

  test("a controller concern's callback loads the record for the concern's own actions and the controller's", () => {
    const concern = 'app/controllers/concerns/lead_resource.rb';
    const ctrl = 'app/controllers/lead_resources_controller.rb';
    const extra = {
      [concern]: lines(
        'module LeadResource',
        '  extend ActiveSupport::Concern',
        '',
        '  included do',
        '    before_action :set_lead, only: %i[update destroy]',
        '  end',
        '',
        '  def destroy',
        '    @lead.destroy!',
        '  end',
        '',
        '  private',
        '',
        '  def set_lead',
        '    @lead = Lead.find(params[:id])',
        '  end',
        'end',
      ),
      [ctrl]: lines('class LeadResourcesController < ApplicationController', '  include LeadResource', '', '  def update', '    @lead.update(status: params[:status])', '  end', 'end'),
    };
    const inConcern = findingsIn(extra, concern).filter((f) => f.startsWith('9:'));
    assert.equal(inConcern.length, 1, findingsIn(extra, concern).join('\n'));
    const inCtrl = findingsIn(extra, ctrl);
    assert.equal(inCtrl.length, 1, inCtrl.join('\n'));
    assert.match(inCtrl[0]!, /^5:\d+ public\.leads /);
  });

  test('precision: a callback memoising a relation or a new record, or a module nobody includes, leaves the variable unknown', () => {
    const rel = 'app/controllers/concerns/loose_helpers.rb';
    const ctrl = 'app/controllers/fresh_leads_controller.rb';
    const extra = {
      [rel]: lines('module LooseHelpers', '  def archive', '    @lead.destroy!', '  end', '', '  private', '', '  def set_lead', '    @lead = Lead.find(params[:id])', '  end', 'end'),
      [ctrl]: lines(
        'class FreshLeadsController < ApplicationController',
        '  before_action :lead',
        '',
        '  def create',
        '    @lead.save!',
        '  end',
        '',
        '  private',
        '',
        '  def lead',
        '    @lead ||= Lead.new(lead_params)',
        '  end',
        'end',
      ),
    };
    // (The finder itself, line 9, is reported; the module's own write is not judged.)
    assert.deepEqual(findingsIn(extra, rel).filter((f) => !f.startsWith('9:')), []);
    assert.deepEqual(findingsIn(extra, ctrl), []);
  });
});

void describe('records handed to jobs and saved by model methods', () => {
  test('a generic job writes the record its callers enqueue (an instance variable a callback loads)', () => {
    const rel = 'app/jobs/purge_object_job.rb';
    const extra = {
      [rel]: lines('class PurgeObjectJob < ApplicationJob', '  def perform(object)', '    object.destroy!', '  end', 'end'),
      'app/controllers/purged_leads_controller.rb': lines(
        'class PurgedLeadsController < ApplicationController',
        '  before_action :fetch_item',
        '',
        '  def destroy',
        '    PurgeObjectJob.perform_later(@item)',
        '  end',
        '',
        '  private',
        '',
        '  def fetch_item',
        '    @item = Lead.where(user_id: params[:user_id]).find(params[:id])',
        '  end',
        'end',
      ),
    };
    const got = findingsIn(extra, rel);
    assert.equal(got.length, 1, got.join('\n'));
    assert.match(got[0]!, /^3:\d+ public\.leads /);
  });

  test("a service built with a CurrentAttributes tenant reads the tenant's associations", () => {
    const rel = 'app/services/tenant_report.rb';
    const extra = {
      ...TENANCY,
      [rel]: lines('class TenantReport', '  def initialize(account)', '    @account = account', '  end', '', '  def call', '    @account.leads.to_a', '  end', 'end'),
      'app/controllers/tenant_reports_controller.rb': lines('class TenantReportsController < TenantController', '  def show', '    @rows = TenantReport.new(Tenancy.account).call', '  end', 'end'),
    };
    const got = findingsIn(extra, rel);
    assert.equal(got.length, 1, got.join('\n'));
    assert.match(got[0]!, /^7:\d+ public\.leads /);
  });

  test('`save` in a model method its callers run on a found record updates it by primary key', () => {
    const rel = 'app/models/ticket.rb';
    const extra = {
      [rel]: lines(
        'class Ticket < ApplicationRecord',
        '  self.table_name = "leads"',
        '',
        '  def close!',
        '    self.status = "closed"',
        '    save!',
        '  end',
        '',
        '  def open_draft',
        '    self.status = "draft"',
        '    save',
        '  end',
        '',
        '  def unused_save',
        '    save',
        '  end',
        'end',
      ),
      'app/controllers/tickets_controller.rb': lines(
        'class TicketsController < ApplicationController',
        '  def close',
        '    @ticket = Ticket.find(params[:id])',
        '    @ticket.close!',
        '  end',
        '',
        '  def create',
        '    ticket = Ticket.new(status: "new", created_at: Time.current)',
        '    ticket.open_draft',
        '    other = Ticket.find(params[:id])',
        '    other.open_draft',
        '  end',
        'end',
      ),
    };
    const got = findingsIn(extra, rel);
    // Precision: `open_draft` also runs on a new record (an INSERT), `unused_save` has no caller.
    assert.equal(got.length, 1, got.join('\n'));
    assert.match(got[0]!, /^6:\d+ public\.leads /);
  });
});

void describe('finder objects keeping a relation in an instance variable', () => {
  test('precision: a relation assigned in one method and read by another is not reported where it is assigned', () => {
    const rel = 'app/finders/lead_finder.rb';
    const extra = {
      [rel]: lines(
        'class LeadFinder',
        '  def initialize(user)',
        '    @user = user',
        '  end',
        '',
        '  def perform',
        '    find_all',
        '    { count: @leads.where(created_at: 1.week.ago..).count }',
        '  end',
        '',
        '  def kept_only',
        '    @kept = Lead.where(status: "kept")',
        '  end',
        '',
        '  private',
        '',
        '  def find_all',
        '    @leads = @user.leads.where(status: "open")',
        '  end',
        'end',
      ),
      'app/controllers/lead_finders_controller.rb': lines('class LeadFindersController < ApplicationController', '  def index', '    @result = LeadFinder.new(User.find(params[:user_id])).perform', '  end', 'end'),
    };
    // `@kept` is read nowhere else: assumed to run where it is assigned (line 12); `@leads` is not.
    const got = findingsIn(extra, rel);
    assert.deepEqual(got.map((f) => f.split(' ')[0]!.split(':')[0]), ['12'], got.join('\n'));
  });
});

void describe('memoised begin blocks', () => {
  const search = (cond: string): Record<string, string> => ({
    'app/models/lead_search.rb': lines(
      'class LeadSearch',
      '  def initialize(user)',
      '    @user = user',
      '  end',
      '',
      '  def scope',
      '    @scope ||= begin',
      '      query = @user.leads',
      `      query = query.where(${cond})`,
      '      query',
      '    end',
      '  end',
      'end',
    ),
    'app/controllers/lead_searches_controller.rb': lines('class LeadSearchesController < ApplicationController', '  def index', '    @rows = LeadSearch.new(User.find(params[:user_id])).scope.to_a', '  end', 'end'),
  });

  test("`@x ||= begin … end` returns the value of the block's last statement", () => {
    const got = findingsIn(search('status: "open"'), 'app/controllers/lead_searches_controller.rb');
    assert.equal(got.length, 1, got.join('\n'));
    assert.match(got[0]!, /^3:\d+ public\.leads /);
  });

  test('precision: the same block bounding the partition key stays quiet', () => {
    assert.deepEqual(findingsIn(search('created_at: 1.week.ago..'), 'app/controllers/lead_searches_controller.rb'), []);
  });
});

// Fizzy's `Current.user.accessible_cards.find(params[:card_id])`: an instance method of the
// record the attribute holds is followed like an association is.
test("an instance method of the attribute's record is followed: its relation runs at the caller", () => {
  const rel = 'app/controllers/account_leads_controller.rb';
  const extra = {
    ...TENANCY,
    'app/models/user_reachable_leads.rb': lines(
      'class User < ApplicationRecord',
      '  def reachable_leads',
      '    Lead.where(campaign_id: campaigns.select(:id))',
      '  end',
      '',
      '  def recent_leads',
      '    Lead.where(user_id: id, created_at: 1.week.ago..)',
      '  end',
      'end',
    ),
    [rel]: lines(
      'class AccountLeadsController < TenantController',
      '  def show',
      '    @lead = Tenancy.account.reachable_leads.find(params[:id])',
      '    @recent = Tenancy.account.recent_leads.find(params[:id])',
      '  end',
      'end',
    ),
  };
  assert.deepEqual(findingsIn(extra, rel), ['3:29 public.leads reachable_leads']);
});
