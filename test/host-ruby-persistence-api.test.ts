/**
 * ActiveRecord's persistence and finder API beyond `update`/`destroy`, checked against the SQL real
 * ActiveRecord executes and EXPLAIN on every PostgreSQL server (test/helpers/ruby-executed.ts):
 * `reload`, `lock!`, `with_lock` read the record again by its primary key; class-level
 * `increment_counter`/`update_counters` write by primary key; `counter_cache:` updates the owner
 * on destroy and on a change of the foreign key only (not on every update, unlike `touch:`); enum
 * values are scopes (`Lead.won` is `where(status: "won")`). Then, without a database, Rails 7
 * forms the installed ActiveRecord (6.1) does not have: `where.associated`, `async_count`.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { CatalogView } from '../server/src/engine/catalog/model';
import { assertExecutedAgree, type ExecutedCase } from './helpers/ruby-executed';
import { abs, loadRailsFixture, modelFilesForRun, railsFindings, railsFolderIndex, rubyLines as lines } from './helpers/rails-fixture';

let catalog: CatalogView;
let ddl = '';

// A counter column for `counter_cache:` (the fixture's campaigns have none).
const COUNTER_DDL = '\n;\nALTER TABLE public.campaigns ADD COLUMN leads_count integer NOT NULL DEFAULT 0;';

void before(async () => {
  ({ ddl, catalog } = await loadRailsFixture());
  ddl += COUNTER_DDL;
});

/** Models of this suite (on the fixture's tables), indexed with the fixture application and loaded by ActiveRecord. */
const MODELS: Record<string, string> = {
  'app/models/counted_lead.rb': lines(
    'class CountedLead < ApplicationRecord',
    '  self.table_name = "leads"',
    '  self.primary_key = :id',
    '  belongs_to :campaign, counter_cache: :leads_count',
    '  enum company: { acme: "Acme", initech: "Initech" }',
    'end',
  ),
  'app/models/season_campaign.rb': lines(
    'class SeasonCampaign < ApplicationRecord',
    '  self.table_name = "campaigns"',
    '  self.primary_key = :id',
    '  has_one :march_lead, -> { where(created_at: Time.utc(2024, 3, 1)...Time.utc(2024, 4, 1)) }, class_name: "Lead", foreign_key: :campaign_id',
    'end',
  ),
  'app/models/touching_output.rb': lines(
    'class TouchingOutput < ApplicationRecord',
    '  self.table_name = "agent_outputs"',
    '  self.primary_key = :id',
    '  belongs_to :lead, optional: true, touch: true',
    'end',
  ),
};

const RUN_FILES = modelFilesForRun('pl-persistence-', MODELS);

const T = 'Time.utc(2024, 3, 5)';
const ROWS = `Campaign.create!(id: 3, user_id: 5, name: "c"); Campaign.create!(id: 4, user_id: 6, name: "d"); Lead.create!(id: 1, company: "Acme", campaign_id: 3, user_id: 5, created_at: ${T})`;
const LEAD = `lead = CountedLead.find_by!(id: 1, created_at: ${T})`;

const CASES: readonly ExecutedCase[] = [
  // The record read again by its primary key only.
  { setup: ROWS, code: `${LEAD}; lead.reload` },
  { setup: ROWS, code: `${LEAD}; lead.lock!` },
  { setup: ROWS, code: `${LEAD}; lead.with_lock { lead.company }` },
  // Class-level counters: `UPDATE campaigns … WHERE campaigns.id = 3` (unscoped, by primary key).
  { setup: ROWS, code: 'Campaign.increment_counter(:leads_count, 3)' },
  { setup: ROWS, code: 'Campaign.update_counters(3, leads_count: 2)' },
  // counter_cache: an update that keeps the foreign key leaves campaigns alone; moving or destroying the record updates them by id.
  { setup: ROWS, code: `${LEAD}; lead.update(vip: true)` },
  { setup: ROWS, code: `${LEAD}; lead.update(campaign_id: 4)` },
  { setup: ROWS, code: `${LEAD}; lead.destroy` },
  // Enum values are scopes on the enum's column.
  { setup: ROWS, code: 'CountedLead.acme.to_a' },
  { setup: ROWS, code: `CountedLead.not_initech.where(created_at: ${T}..).to_a` },
  { setup: ROWS, code: `CountedLead.where(created_at: ${T}..).acme.pluck(:id)` },
  // Counters through a relation that bounds the key.
  { setup: ROWS, code: 'Campaign.where(user_id: 5).update_all("leads_count = leads_count + 1")' },
  { setup: ROWS, code: `CountedLead.where(created_at: ${T}..).initech.count` },
  // An optional owner with `touch: true`: created with the key, the owner is loaded and touched by its id.
  { setup: ROWS, code: 'TouchingOutput.create!(id: 9, lead_id: 1, body: "x", created_at: Time.utc(2024, 1, 5))' },
  // A record read through a singular association is persisted: its write goes by its primary key
  // (here the association's scope prunes the read, not the write).
  { setup: ROWS, code: 'campaign = SeasonCampaign.find_by!(id: 3, user_id: 5); campaign.march_lead.touch' },
  { setup: ROWS, code: 'campaign = SeasonCampaign.find_by!(id: 3, user_id: 5); campaign.march_lead&.update_column(:company, "z")' },
  // `find_or_create_by!` returns a row of the table: its writes go by the primary key.
  { setup: ROWS, code: `lead = CountedLead.where(user_id: 5, created_at: ${T}).find_or_create_by!(company: "Acme"); lead.touch` },
  // A new record saved counts itself in its owner, by the owner's id (a `touch:` is deferred to the
  // commit, which these rolled-back cases never reach); an optional owner the method did not assign is left alone.
  { setup: ROWS, code: `lead = CountedLead.new(id: 2, company: "Acme", user_id: 5, created_at: ${T}); lead.campaign = Campaign.find_by!(id: 3, user_id: 5); lead.save!` },
  { setup: ROWS, code: `output = TouchingOutput.new(id: 9, body: "x", created_at: Time.utc(2024, 1, 5)); output.save!; Lead.where(id: 1, created_at: ${T}).to_a` },
];

void test('persistence API: the SQL ActiveRecord executes, EXPLAIN on every server agrees with the diagnostics', async (t) => {
  await assertExecutedAgree(t, CASES, {
    ddl,
    catalog,
    files: RUN_FILES,
    index: () => railsFolderIndex(MODELS),
    controllerFile: abs('app/controllers/executed_controller.rb'),
  });
});

/** The tables flagged in a controller action of the fixture application plus this suite's models. */
function tablesIn(body: string): string[] {
  const file = 'app/controllers/persistence_controller.rb';
  const text = lines('class PersistenceController < ApplicationController', '  def run', `    ${body}`, '  end', 'end');
  return [...new Set(railsFindings(catalog, { ...MODELS, [file]: text }, file).map((f) => f.split(' ')[1]!))].sort();
}

void describe('Rails 7 forms', () => {
  test('where.associated joins the association: its table is read without its key', () => {
    assert.deepEqual(tablesIn('Lead.where.associated(:campaign).where(created_at: 1.day.ago..).to_a'), ['public.campaigns']);
    assert.deepEqual(tablesIn('Lead.where.missing(:campaign).where(created_at: 1.day.ago..).to_a'), ['public.campaigns']);
  });
  test('async_count and async_pluck run the relation', () => {
    assert.deepEqual(tablesIn('Lead.where(company: "x").async_count'), ['public.leads']);
    assert.deepEqual(tablesIn('Lead.where(company: "x").async_pluck(:id)'), ['public.leads']);
    assert.deepEqual(tablesIn('Lead.where(company: "x", created_at: 1.day.ago..).async_count'), []);
  });
});

void describe('precision', () => {
  test('counter_cache: a write whose keys are not known, or keep the foreign key, does not update the owner', () => {
    assert.deepEqual(tablesIn(`${LEAD}; lead.update(params.require(:lead).permit(:vip))`), ['public.leads']);
    assert.deepEqual(tablesIn(`${LEAD}; lead.touch`), ['public.leads']);
    assert.deepEqual(tablesIn(`${LEAD}; lead.update_attribute(:campaign, Campaign.new)`), ['public.campaigns', 'public.leads']);
  });
  test('enum scopes with the key, `scopes: false`, and a prefix', () => {
    assert.deepEqual(tablesIn(`CountedLead.initech.where(created_at: ${T}..).count`), []);
    const models = {
      ...MODELS,
      'app/models/prefixed_lead.rb': lines('class PrefixedLead < ApplicationRecord', '  self.table_name = "leads"', '  enum :company, { acme: "Acme" }, prefix: true', 'end'),
      'app/models/unscoped_lead.rb': lines('class UnscopedLead < ApplicationRecord', '  self.table_name = "leads"', '  enum company: { acme: "Acme" }, _scopes: false', 'end'),
    };
    const file = 'app/jobs/enum_job.rb';
    const text = lines('class EnumJob', '  def perform', '    PrefixedLead.company_acme.to_a', '    UnscopedLead.acme.to_a', '  end', 'end');
    assert.deepEqual(railsFindings(catalog, { ...models, [file]: text }, file).map((f) => f.split(' ').slice(0, 2).join(' ')), ['3:5 public.leads']);
  });
  test('first_or_initialize may return a new record: a save that changed nothing writes no found row (host-ruby-found-or-built)', () => {
    assert.deepEqual(tablesIn(`lead = Lead.where(user_id: 5, created_at: ${T}).first_or_initialize; lead.save!`), []);
  });
  test('a singular association the method assigned a record of its own: not taken for a row read from the table', () => {
    assert.deepEqual(tablesIn('campaign = SeasonCampaign.find_by!(id: 3, user_id: 5); campaign.march_lead = Lead.new(company: "n", created_at: Time.current); campaign.march_lead.save!'), []);
  });
  test('an optional touching owner: a record created without its key touches nothing', () => {
    assert.deepEqual(tablesIn('TouchingOutput.create!(id: 9, body: "x", created_at: Time.utc(2024, 1, 5))'), []);
    assert.deepEqual(tablesIn('TouchingOutput.create!(params.require(:output).permit(:body))'), []);
  });
  test('assigning an association (the writer) reads nothing', () => {
    assert.deepEqual(tablesIn(`${LEAD}; out = AgentOutput.find_by!(id: 2, created_at: ${T}); out.lead = lead`), []);
    assert.deepEqual(tablesIn(`out = AgentOutput.find_by!(id: 2, created_at: ${T}); out.lead.company`), ['public.leads']);
  });
  test('reload with an argument that is not options is not a record read', () => {
    assert.deepEqual(tablesIn('cache = Cache.new; cache.reload(:all)'), []);
  });
});

void describe('finder class methods', () => {
  const models = {
    'app/models/concerns/handle_finders.rb': lines(
      'module HandleFinders',
      '  extend ActiveSupport::Concern',
      '',
      '  class_methods do',
      '    def find_handle(param)',
      '      find_by!(company: param)',
      '    end',
      '',
      '    def lookup(**attr)',
      '      Rails.cache.fetch("lookup/#{attr.to_query}") { find_by(**attr) }',
      '    end',
      '',
      '    def other_record(id)',
      '      Campaign.find_by(id: id)',
      '    end',
      '  end',
      'end',
    ),
    'app/models/handle_lead.rb': lines('class HandleLead < ApplicationRecord', '  include HandleFinders', '  self.table_name = "leads"', '  self.primary_key = :id', 'end'),
  };
  const found = (...body: string[]): string[] => {
    const file = 'app/controllers/handles_controller.rb';
    const text = lines('class HandlesController < ApplicationController', '  def run', ...body.map((b) => `    ${b}`), '  end', 'end');
    return railsFindings(catalog, { ...models, [file]: text }, file).map((f) => f.split(' ').slice(0, 2).join(' '));
  };
  test('a concern\'s finder returns the record it loaded: its writes are by primary key', () => {
    assert.deepEqual(found('lead = HandleLead.find_handle(params[:id])', 'lead.update_column(:company, "x")'), ['3:12 public.leads', '4:10 public.leads']);
    // On a relation of two alternatives (an if/else) built on the line before: the finder runs it at the call, as on one relation.
    assert.deepEqual(found('rel = params[:all] ? HandleLead.all : HandleLead.where(user_id: 1)', 'lead = rel.find_handle(params[:id])', 'lead.touch'), ['4:16 public.leads', '5:10 public.leads']);
  });
  test('keywords passed on with `**attr` are the finder\'s conditions', () => {
    assert.deepEqual(found('HandleLead.lookup(id: params[:id])'), ['3:5 public.leads']);
    assert.deepEqual(found('HandleLead.lookup(id: params[:id], created_at: params[:at])'), []);
  });
  test('precision: a class method returning another model\'s record types nothing', () => {
    assert.deepEqual(found('c = HandleLead.other_record(params[:id])', 'c.touch'), []);
  });
});

void describe('condition values', () => {
  const svc = (expr: string): string[] => {
    const file = 'app/services/by_collection.rb';
    const text = lines('class ByCollection', '  def initialize(id)', '    @collection = Campaign.find_by(id: id, user_id: 1) if id', '  end', '', '  def run', `    ${expr}`, '  end', 'end');
    return railsFindings(catalog, { ...MODELS, [file]: text }, file).map((f) => f.split(' ')[1]!);
  };
  test('`.id`/`_id` of an object that may be nil is a value, never a subquery', () => {
    assert.deepEqual(svc('Lead.where(campaign_id: @collection.id).to_a'), ['public.leads']);
    assert.deepEqual(svc('Lead.where(user_id: @collection.user_id).to_a'), ['public.leads']);
    assert.deepEqual(svc('Lead.where(campaign_id: @collection.id, created_at: 1.day.ago..).to_a'), []);
  });
  test('a class method returning one of two SCREAMING_SNAKE constants is a value (an IN list), not a model', () => {
    const models = { ...MODELS, 'app/models/state_lead.rb': lines('class StateLead < ApplicationRecord', '  self.table_name = "leads"', '  OPEN_STATES = %w[new open].freeze', '  CLOSED_STATES = %w[closed].freeze', '', '  def self.states_by_category(c)', '    c == :open ? OPEN_STATES : CLOSED_STATES', '  end', 'end') };
    const file = 'app/jobs/state_job.rb';
    const job = (cond: string): string => lines('class StateJob', '  def perform(user_id, category)', `    StateLead.where(${cond}status: StateLead.states_by_category(category)).count`, '  end', 'end');
    assert.deepEqual(railsFindings(catalog, { ...models, [file]: job('user_id: user_id, ') }, file).map((f) => f.split(' ')[1]), ['public.leads']);
    assert.deepEqual(railsFindings(catalog, { ...models, [file]: job('created_at: 1.day.ago.., ') }, file), []);
  });
});
