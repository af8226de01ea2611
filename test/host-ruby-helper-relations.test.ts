/**
 * Relations built by helper methods, class methods and scopes and run by their callers (round
 * eight, host-rb8b): the patterns real applications share, with names and layouts unlike the
 * bench cases.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

// A model file long enough (over 1 KB) for the check to leave out the bodies of methods it
// thinks it will not read: an argument-less class method names no model, yet runs on the
// model's relation.
const ARCHIVE = 'app/models/lead_archive.rb';
const archive = lines(
  '# Reporting helpers of the lead archive; every method below is documented at length so that',
  '# this file is well over the size from which method bodies are left out of the first parse.',
  'class Lead < ApplicationRecord',
  '  # The distinct months in which leads were received, newest first, for the sidebar widget.',
  '  def self.received_months',
  '    rows = select(:created_at).where.not(company: nil).to_a',
  '    rows.map { |r| r.created_at.strftime("%Y-%m") }.uniq',
  '  end',
  '',
  '  # The same months, but only over the last year (the key bounds the scan).',
  '  def self.recent_months',
  '    rows = select(:created_at).where(created_at: 1.year.ago..).to_a',
  '    rows.map { |r| r.created_at.strftime("%Y-%m") }.uniq',
  '  end',
  '',
  '  # Formats a month label for the archive sidebar; plain Ruby, no query at all in here.',
  '  def self.month_label(value)',
  '    value.to_s.rjust(7, "0")',
  '  end',
  '',
  '  # Another plain helper whose body the check may leave out: it reads nothing from the database.',
  '  def self.label_width',
  '    42',
  '  end',
  '',
  '  # The CSS class of a month in the sidebar: the current month is highlighted, older ones fade.',
  '  def self.month_css(month, today)',
  '    month == today.strftime("%Y-%m") ? "current" : "past"',
  '  end',
  '',
  '  # The heading of the archive page, pluralised by the number of months shown in the sidebar.',
  '  def self.heading(count)',
  '    count == 1 ? "One month" : "#{count} months"',
  '  end',
  'end',
);
const SIDEBAR = {
  'app/controllers/sidebar_controller.rb': lines(
    'class SidebarController < ApplicationController',
    '  def show',
    '    render json: { all: Lead.received_months, recent: Lead.recent_months, width: Lead.label_width }',
    '  end',
    'end',
  ),
};

test('an argument-less class method of a long model file is judged inside even though it names no model', () => {
  const files = { [ARCHIVE]: archive, ...SIDEBAR };
  assert.ok(archive.length > 1024);
  assert.deepEqual(findings(files, ARCHIVE), ['6:12 public.leads select(:created_at).where.not(company: nil).to_a']);
});

// A scope whose key condition is computed by a plain Ruby helper from an Array it splats
// (`where(created_at: ArchiveWindow.span(*parts))`): the helper returns a range or nil, never a
// relation, so the condition is a key condition; the branch without it scans every partition.
const WINDOW = {
  'lib/archive_window.rb': lines(
    'class ArchiveWindow',
    '  def self.span(year = nil, month = nil)',
    '    return nil if year.blank?',
    '',
    '    first = Time.zone.local(year.to_i, (month || 1).to_i, 1)',
    '    last = month ? first.end_of_month : first.end_of_year',
    '    first..last',
    '  end',
    'end',
  ),
  'app/models/lead_window.rb': lines('class Lead < ApplicationRecord', '  scope :in_window, ->(parts) { where(created_at: ArchiveWindow.span(*parts)) }', 'end'),
  'app/controllers/archive_controller.rb': lines(
    'class ArchiveController < ApplicationController',
    '  def index',
    '    listed = if params[:year].present?',
    '               Lead.in_window(params.values_at(:year, :month))',
    '             else',
    '               Lead.where(company: params[:company])',
    '             end',
    '    @leads = listed.order(created_at: :desc).limit(20).to_a',
    '  end',
    '',
    '  def month',
    '    @leads = Lead.in_window([params[:year], params[:month]]).to_a',
    '  end',
    'end',
  ),
};

test('a condition computed by a helper called with a splat keeps the key; only the branch without it is reported', () => {
  assert.deepEqual(findings(WINDOW, 'app/controllers/archive_controller.rb'), ['8:14 public.leads listed.order(created_at: :desc).limit(20).to_a']);
});

// A condition whose value comes from an object we cannot see through (`week.starts_on` of a
// lookup object): a value or a subquery, either way a condition on that column only. On a
// column other than the key, the query has no key condition; the preloaded association of
// a query keyed on its own table still scans its table.
const WEEKS = {
  'app/services/week_lookup.rb': lines(
    'class WeekLookup',
    '  attr_reader :starts_on',
    '',
    '  def self.closest(day)',
    '    found = Lead.where(created_at: day..).order(:created_at).pick(:created_at)',
    '    new(found) if found',
    '  end',
    '',
    '  def owner',
    '    @starts_on.strftime("%A")',
    '  end',
    '',
    '  def initialize(starts_on)',
    '    @starts_on = starts_on',
    '  end',
    'end',
  ),
  'app/models/lead_weeks.rb': lines('class Lead < ApplicationRecord', '  def self.of_week(day)', '    where(created_at: day).order(:id)', '  end', 'end'),
  'app/controllers/weeks_controller.rb': lines(
    'class WeeksController < ApplicationController',
    '  def show',
    '    week = WeekLookup.closest(params[:day])',
    '    @leads = Lead.of_week(week.starts_on).to_a',
    '    @same_day = Lead.where(company: week.starts_on.to_date.to_s).to_a',
    '    @named = Lead.where(company: week.owner).to_a',
    '  end',
    'end',
  ),
};

test('a condition on a value we cannot see through is a condition on that column: keyed queries stay silent, others are reported', () => {
  assert.deepEqual(findings(WEEKS, 'app/controllers/weeks_controller.rb'), ['5:17 public.leads Lead', '6:14 public.leads Lead']);
});

// `joins(:lead).includes(:lead)`: ActiveRecord eager loads through the join it already has (one
// join, which the key condition on the joined table prunes), not through a second one.
const JOINED_INCLUDES = {
  'app/controllers/recent_outputs_controller.rb': lines(
    'class RecentOutputsController < ApplicationController',
    '  def index',
    '    @outputs = AgentOutput.where(created_at: 1.day.ago..).joins(:lead).includes(:lead).where(lead: { created_at: 7.days.ago.. }).to_a',
    '    @all = AgentOutput.where(created_at: 1.day.ago..).joins(:lead).includes(:lead).where(kind: params[:kind]).to_a',
    '  end',
    'end',
  ),
};

test('an association both joined and included is one join: its key condition prunes it', () => {
  assert.deepEqual(findings(JOINED_INCLUDES, 'app/controllers/recent_outputs_controller.rb'), ['4:61 public.leads :lead']);
});

// A relation handed to a query method of a relation we cannot see (`query.and!(…)`,
// `scope.or(…)`, `where(lead: …)`) becomes part of that query: it is not run by itself. The same
// relation handed to other code (`render json:`) still runs there.
const COMBINED = {
  'app/services/lead_search_terms.rb': lines(
    'class LeadSearchTerms',
    '  def apply(query, term)',
    '    query.and!(Lead.where(company: term).or(Lead.where(email: term)))',
    '    query.or(Lead.where(status: term))',
    '    notify(Lead.where(company: term))',
    '    query',
    '  end',
    'end',
  ),
};

test('a relation merged into a query we cannot see is not run by itself; handed to other code it is', () => {
  assert.deepEqual(findings(COMBINED, 'app/services/lead_search_terms.rb'), ['5:12 public.leads Lead']);
});

// `@recent ||= …` in a model's instance method memoizes the relation; it runs where it is used.
const MEMO = {
  'app/models/lead_similar.rb': lines(
    'class Lead < ApplicationRecord',
    '  def similar_leads',
    '    @similar_leads ||= Lead.where(company: company).order(id: :desc)',
    '    @similar_leads',
    '  end',
    '',
    '  def same_company',
    '    @same_company = Lead.where(company: company).to_a',
    '  end',
    'end',
  ),
};

test('a relation memoized in a model instance variable is not run where it is memoized', () => {
  assert.deepEqual(findings(MEMO, 'app/models/lead_similar.rb'), ['8:21 public.leads Lead']);
});

// `rel.merge!(other)` / `rel.where!(…)` refine the relation held in the variable in place: the
// bang call sends nothing, and the key it adds is seen where the variable finally runs.
const IN_PLACE = {
  'app/queries/lead_feed.rb': lines(
    'class LeadFeed',
    '  def initialize(opts)',
    '    @opts = opts',
    '  end',
    '',
    '  def unbounded',
    '    rel = Lead.where(status: "open")',
    '    rel.merge!(by_company) if @opts[:company]',
    '    rel.order!(id: :desc)',
    '    rel.to_a',
    '  end',
    '',
    '  def bounded',
    '    rel = Lead.where(status: "open")',
    '    rel.where!(created_at: 1.week.ago..)',
    '    rel.merge!(by_company)',
    '    rel.to_a',
    '  end',
    '',
    '  private',
    '',
    '  def by_company',
    '    Lead.where(company: @opts[:company])',
    '  end',
    'end',
  ),
};

test('in-place relation refinements (merge!, where!) send nothing; the key they add prunes where the relation runs', () => {
  assert.deepEqual(findings(IN_PLACE, 'app/queries/lead_feed.rb'), ['10:5 public.leads rel.to_a']);
});

// `alias_method :prospects, :leads` / `alias contacts leads` after `has_many :leads`: the new name
// reads the same association (its key conditions, or their absence, are the original's).
const ALIASED = {
  'app/models/account.rb': lines(
    'class Account < ApplicationRecord',
    '  has_many :leads',
    '  alias_method :prospects, :leads',
    '  alias contacts leads',
    '  alias_method :title, :name',
    'end',
  ),
  'app/controllers/account_leads_controller.rb': lines(
    'class AccountLeadsController < ApplicationController',
    '  def index',
    '    account = Account.find(params[:id])',
    '    @rows = account.prospects.where(company: params[:q]).to_a',
    '    @recent = account.contacts.where(created_at: 1.day.ago..).to_a',
    '    @title = account.title',
    '  end',
    'end',
  ),
};

test('an association read through alias_method or alias is the aliased association', () => {
  assert.deepEqual(findings(ALIASED, 'app/controllers/account_leads_controller.rb'), ['4:21 public.leads prospects']);
});

// `update_all`/`delete_all` on an ordered or limited relation (an association declared with
// `-> { order(…) }` too) become `UPDATE … WHERE id IN (SELECT id … ORDER BY …)` on PostgreSQL: the
// owner's key stays in the subquery, the outer statement has the primary key only. Unordered, the
// key is the outer statement's own condition.
const ORDERED_WRITES = {
  'app/models/member.rb': lines(
    'class Member < ApplicationRecord',
    '  self.table_name = "users"',
    '  has_many :campaigns, -> { order(id: :desc) }, foreign_key: :user_id',
    '  has_many :plain_campaigns, class_name: "Campaign", foreign_key: :user_id',
    '  alias_method :projects, :campaigns',
    '',
    '  def retire!',
    '    projects.update_all(name: "retired")',
    '  end',
    '',
    '  def archive!',
    '    plain_campaigns.update_all(name: "archived")',
    '    plain_campaigns.limit(10).delete_all',
    '  end',
    'end',
  ),
};

test('update_all/delete_all on an ordered or limited relation leave the key in a subquery; unordered they keep it', () => {
  assert.deepEqual(findings(ORDERED_WRITES, 'app/models/member.rb'), ['8:5 public.campaigns projects', '13:5 public.campaigns plain_campaigns']);
});

// `rows ||= default` in a loader given a relation: a relation is always truthy, so the default is
// never built or run for a caller that passes one. A variable still nil gets the default.
const DEFAULTED = {
  'app/queries/lead_lister.rb': lines(
    'class LeadLister',
    '  def recent',
    '    list_rows(:recent, Lead.where(created_at: 1.day.ago..))',
    '  end',
    '',
    '  def direct',
    '    rows = nil',
    '    rows ||= Lead.where(company: "x")',
    '    rows.to_a',
    '  end',
    '',
    '  protected',
    '',
    '  def list_rows(kind, rows = nil)',
    '    rows ||= base_rows(kind)',
    '    Wrapper.new(kind, rows.to_a)',
    '  end',
    '',
    '  def base_rows(kind)',
    '    Lead.where(company: kind.to_s)',
    '  end',
    'end',
  ),
};

test('a defaulted relation parameter (`rows ||= …`) keeps the relation its caller passes', () => {
  assert.deepEqual(findings(DEFAULTED, 'app/queries/lead_lister.rb'), ['9:5 public.leads rows.to_a']);
});
