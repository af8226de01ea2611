/**
 * Patterns of real Rails applications (services, jobs, controllers of public apps) that the Ruby
 * host follows, each checked against the SQL real ActiveRecord executes and EXPLAIN on every
 * PostgreSQL server (test/helpers/ruby-executed.ts): writes of a record a finder returned
 * (`find_by` gives a loaded row or nil, `&.` included), pagination gems' `page`/`per`/`paginate`
 * (LIMIT/OFFSET only: ActiveRecord's `limit`/`offset` reproduce their SQL, since the gems are not
 * installed here), controller instance variables refined before the view runs them, fluent query
 * objects, scope lambdas with parameters, `Current.user`, searches of many optional filters, a
 * model's instance methods on its records, `Model.destroy(id)`, serializers' `object`, and base
 * query objects given their relation through `super(…)`.
 */
import { before, test } from 'node:test';
import type { CatalogView } from '../server/src/engine/catalog/model';
import { assertExecutedAgree, type ExecutedCase } from './helpers/ruby-executed';
import { abs, loadRailsFixture, railsFolderIndex, read } from './helpers/rails-fixture';

let catalog: CatalogView;
let ddl = '';

void before(async () => {
  ({ ddl, catalog } = await loadRailsFixture());
});

const folderIndex = railsFolderIndex;

const FILES = [
  'app/models/application_record.rb',
  'app/models/concerns/lead_scopes.rb',
  'app/models/lead.rb',
  'app/models/agent_output.rb',
  'app/models/campaign.rb',
  'app/models/user.rb',
  'app/models/current.rb',
  'app/models/touching_output.rb',
  'app/queries/period_query.rb',
  'app/queries/scoped_query.rb',
  'lib/lead_searcher.rb',
  'app/queries/lead_sql.rb',
  'app/queries/list_query.rb',
  'app/queries/cleanup_policy.rb',
];

const MARCH = 'Time.utc(2024, 3, 1)..Time.utc(2024, 3, 31)';

const ROWS = 'Campaign.create!(id: 3, user_id: 5, name: "c"); Lead.create!(id: 1, company: "x", campaign_id: 3, created_at: Time.utc(2024, 3, 5))';
const KEYED = 'id: 1, created_at: Time.utc(2024, 3, 5)';

/** `run` as a controller action: a private method of the same controller can be called. */
const action = (body: string, extra = ''): string => `def run\n    ${body}\n  end${extra}`;

const CASES: readonly ExecutedCase[] = [
  // A finder's record is loaded (or nil): its writes find the row by the primary key only.
  { setup: ROWS, code: `lead = Lead.find_by(${KEYED}); lead.update!(company: "y")` },
  { setup: ROWS, code: `lead = Lead.find_by(${KEYED}); lead&.update!(company: "y")` },
  { setup: ROWS, code: `lead = Lead.find_by_id_and_created_at(1, Time.utc(2024, 3, 5)); lead.touch` },
  {
    setup: ROWS,
    code: `lead = Lead.find_by(${KEYED}); lead.increment!(:id, 0)`,
    controller: action('lead = existing\n    lead.increment!(:id, 0)', `\n\n  private\n\n  def existing\n    Lead.find_by(${KEYED})\n  end`),
  },
  { setup: ROWS, code: `lead = Lead.find_by(${KEYED}); lead&.company` },
  // Kaminari `page(2).per(25)` and will_paginate `paginate(page: 2, per_page: 25)` send LIMIT 25 OFFSET 25.
  { code: 'Lead.where(company: "x").limit(25).offset(25).to_a', controller: action('Lead.where(company: "x").page(2).per(25).to_a') },
  { code: 'Lead.where(company: "x", created_at: Time.utc(2024, 3, 1)..).limit(25).offset(25).to_a', controller: action('Lead.where(company: "x", created_at: Time.utc(2024, 3, 1)..).page(2).per(25).to_a') },
  { code: 'Lead.where(company: "x").limit(25).offset(25).to_a', controller: action('Lead.where(company: "x").paginate(page: 2, per_page: 25).to_a') },
  { code: 'Lead.where(created_at: Time.utc(2024, 3, 1)..).limit(25).offset(25).to_a', controller: action('Lead.where(created_at: Time.utc(2024, 3, 1)..).paginate(page: 2, per_page: 25).to_a') },
  { code: 'Lead.where(created_at: Time.utc(2024, 3, 1)..).limit(26).offset(0).to_a', controller: action('Lead.where(created_at: Time.utc(2024, 3, 1)..).page(1).per(25).padding(0).without_count.to_a') },
  // Kaminari's `total_count`: a COUNT of the relation without its LIMIT/OFFSET.
  { code: 'Lead.where(company: "x").count', controller: action('Lead.where(company: "x").page(2).total_count') },
  { code: 'Lead.where(company: "x", created_at: Time.utc(2024, 3, 1)..).count', controller: action('Lead.where(company: "x", created_at: Time.utc(2024, 3, 1)..).page(2).total_count') },
  // A controller action refining its instance variable: the view runs the last value (`code` ends as the view would).
  { code: `@leads = Lead.where(company: "x"); @leads = @leads.where(created_at: ${MARCH}); @leads.to_a`, controller: action(`@leads = Lead.where(company: "x")\n    @leads = @leads.where(created_at: ${MARCH})`) },
  { code: `@leads = Lead.where(company: "x"); @leads = @leads.order(:id).limit(5); @leads.to_a`, controller: action('@leads = Lead.where(company: "x")\n    @leads = @leads.order(:id).limit(5)') },
  {
    code: `@leads = Lead.where(created_at: ${MARCH}); @leads = @leads.where(company: "x") if ENV["PL_NEVER_SET"]; @leads.to_a`,
    controller: action(`@leads = Lead.where(created_at: ${MARCH})\n    @leads = @leads.where(company: params[:company]) if params[:company].present?`),
  },
  {
    code: `@leads = Lead.where(company: "x"); @leads = @leads.where(created_at: ${MARCH}) if ENV["PL_NEVER_SET"]; @leads.to_a`,
    controller: action(`@leads = Lead.where(company: "x")\n    @leads = @leads.where(created_at: ${MARCH}) if params[:from].present?`),
  },
  // A fluent query object: `return scoped unless from && to` and `company.present? ? … : scoped` decided by the caller's hash.
  { code: `PeriodQuery.new.call(company: "x", from: Time.utc(2024, 3, 1), to: Time.utc(2024, 3, 31)).to_a` },
  { code: 'PeriodQuery.new.call(company: "x").to_a' },
  { code: 'PeriodQuery.new.call(company: "x", from: Time.utc(2024, 3, 1), to: nil).to_a' },
  { code: `PeriodQuery.new.call(from: Time.utc(2024, 3, 1), to: Time.utc(2024, 3, 31)).to_a` },
  // Scope lambdas reading their parameters (`user.id`), `lambda { |from, to = nil| to ? … : … }` with `to` left out.
  { setup: 'Lead.create!(id: 1, company: "x", user_id: 5, created_at: Time.utc(2024, 3, 5))', code: 'Lead.owned_by(User.new(id: 5)).find(1)', controller: action('Lead.owned_by(current_user).find(params[:id])') },
  { code: 'Lead.owned_by(User.new(id: 5)).created_from(Time.utc(2024, 3, 1)).exists?(company: "x")', controller: action('Lead.owned_by(current_user).created_from(1.month.ago).exists?(company: params[:company])') },
  { code: 'Lead.created_from(Time.utc(2024, 3, 1), Time.utc(2024, 3, 9)).to_a' },
  // `Current.user` (ActiveSupport::CurrentAttributes): the association of the user it holds.
  { setup: 'Current.user = User.create!(id: 5, name: "u")', code: 'Current.user.leads.where(company: "x").to_a' },
  { setup: 'Current.user = User.create!(id: 5, name: "u")', code: `Current.user.leads.where(created_at: ${MARCH}).to_a` },
  // A search method of four optional filters: a hash the caller cannot show leaves a path without the key.
  { code: 'Lead.filtered({ company: "x" }).to_a', controller: action('Lead.filtered(search_params).to_a', '\n\n  private\n\n  def search_params\n    params.fetch(:q, {}).permit(:company, :vip, :from)\n  end') },
  { code: `Lead.filtered(company: "x", from: Time.utc(2024, 3, 1)).count` },
  // A key the caller writes out with an attribute of an object: present, that filter is applied.
  { code: 'report = Struct.new(:starts_at).new(Time.utc(2024, 3, 1)); Lead.filtered(company: "x", from: report.starts_at).to_a' },
  { code: 'params = {}; Lead.filtered(company: "x", from: params[:from]).to_a' },
  // A model's instance method returning an association's relation, run by the caller.
  { setup: ROWS, code: `lead = Lead.find_by!(${KEYED}); lead.recent_outputs.to_a` },
  { setup: ROWS, code: `lead = Lead.find_by!(${KEYED}); lead.outputs_since_creation.to_a` },
  // `Lead.destroy(id)` finds the row, then deletes it by the primary key; `Lead.delete(id)` deletes by the primary key.
  { setup: ROWS, code: 'Lead.destroy(1)' },
  { setup: ROWS, code: 'Lead.delete(1)' },
  // `object` of a serializer named after its model (ActiveModel::Serializers): that model's record.
  {
    setup: ROWS,
    code: `object = Lead.find_by!(${KEYED}); object.agent_outputs.count`,
    checked: { file: 'app/serializers/lead_serializer.rb', text: 'class LeadSerializer < ActiveModel::Serializer\n  attributes :id, :outputs\n\n  def outputs\n    object.agent_outputs.count\n  end\nend\n' },
  },
  {
    setup: ROWS,
    code: `object = Lead.find_by!(${KEYED}); object.agent_outputs.where(created_at: object.created_at..).count`,
    checked: { file: 'app/serializers/lead_serializer.rb', text: 'class LeadSerializer < ActiveModel::Serializer\n  def outputs\n    object.agent_outputs.where(created_at: object.created_at..).count\n  end\nend\n' },
  },
  // A subclass handing its relation to the base query object with `super(…)`: run where the base's method runs it.
  { code: 'MarchLeadsQuery.new.call.to_a' },
  { code: 'NamedLeadsQuery.new("x").call.to_a' },
  // A lambda parameter named like an association is the argument, not the association (nothing runs in the model file).
  { setup: ROWS, code: `lead = Lead.find_by!(${KEYED}); AgentOutput.in_partition(lead).to_a`, checked: { file: 'app/models/agent_output.rb', text: read('app/models/agent_output.rb') } },
  { setup: ROWS, code: `lead = Lead.find_by!(${KEYED}); AgentOutput.in_partition(lead).to_a`, controller: action(`lead = Lead.find_by!(${KEYED})\n    AgentOutput.in_partition(lead).to_a`) },
  // `a || <a time>` is never nil: the filter it feeds is applied.
  { code: 'params = {}; PeriodQuery.new.call(company: "x", from: params[:from] || Time.utc(2024, 3, 1), to: Time.utc(2024, 3, 31)).to_a', controller: action('PeriodQuery.new.call(company: "x", from: params[:from] || Time.utc(2024, 3, 1), to: Time.utc(2024, 3, 31)).to_a') },
  // A searcher filling its properties in a method `initialize` calls; the base scope kept in an instance variable and returned refined.
  { code: 'LeadSearcher.new(since: Time.utc(2024, 3, 1), per_page: 10).retrieve_leads.to_a' },
  { code: 'LeadSearcher.new(company: "x").retrieve_leads.to_a' },
  { code: 'LeadSearcher.new({}).retrieve_leads.to_a', controller: action('@leads = LeadSearcher.new(params.permit(:company, :since)).retrieve_leads') },
  { code: 'LeadSearcher.march.to_a', checked: { file: 'lib/lead_searcher.rb', text: read('lib/lead_searcher.rb') } },
  // Each record a loading method yields is persisted: its writes find the row by the primary key.
  { setup: ROWS, code: `Lead.where(created_at: ${MARCH}).find_each { |lead| lead.update!(company: "y") }` },
  { setup: ROWS, code: `Lead.where(created_at: ${MARCH}).each { |lead| lead.agent_outputs.where(created_at: lead.created_at..).count }` },
  { setup: ROWS, code: `Lead.where(created_at: ${MARCH}).in_batches(of: 100) { |batch| batch.update_all(company: "y") }` },
  // `belongs_to :lead, touch: true`: creating or saving the output updates its lead by the primary key (`update_columns` skips it).
  { setup: ROWS, code: 'TouchingOutput.create!(id: 7, lead_id: 1, body: "b", created_at: Time.utc(2024, 2, 5))' },
  { setup: ROWS, code: `lead = Lead.find_by!(${KEYED}); TouchingOutput.where(lead_id: lead.id, created_at: Time.utc(2024, 2, 1)..).create!(id: 8, body: "b", created_at: Time.utc(2024, 2, 6))` },
  {
    setup: `${ROWS}; AgentOutput.create!(id: 9, lead_id: 1, body: "b", created_at: Time.utc(2024, 2, 5))`,
    code: 'out = TouchingOutput.find_by!(id: 9, created_at: Time.utc(2024, 2, 5)); out.update_columns(body: "c")',
  },
  // `where.missing(:assoc)`: LEFT OUTER JOIN … WHERE assoc.id IS NULL.
  { setup: ROWS, code: `Lead.where(created_at: ${MARCH}).where.missing(:agent_outputs).count` },
  { setup: ROWS, code: 'Lead.where(company: "x").where.missing(:campaign).to_a' },
  // SQL in a constant of another file, run through `sanitize_sql([Module::CONST, …])`: judged at the run call.
  { setup: ROWS, code: 'Lead.connection.select_value(Lead.sanitize_sql([LeadSql::LAST_AT, "x"]))' },
  { setup: ROWS, code: 'Lead.connection.select_value(Lead.sanitize_sql([LeadSql::MARCH_COUNT, "x"]))' },
  { setup: ROWS, code: 'Lead.find_by_sql([LeadSql::LAST_AT, "x"])' },
  // A list query object whose create_list yields the default results to the caller's block; `since`
  // comes from the list's options or the object's (`a || b`, each known at the call).
  { code: 'ListQuery.new(company: "x").list_latest.to_a', controller: action('@leads = ListQuery.new(company: "x").list_latest') },
  { code: 'ListQuery.new.list_latest.to_a', controller: action('@leads = ListQuery.new.list_latest') },
  { code: 'ListQuery.new(company: "x").list_march.to_a', controller: action('@leads = ListQuery.new(company: "x").list_march') },
  { code: 'ListQuery.new(since: Time.utc(2024, 3, 1)).list_latest.to_a', controller: action('@leads = ListQuery.new(since: Time.utc(2024, 3, 1)).list_latest') },
  { code: 'ListQuery.new.list_plain.to_a', controller: action('@leads = ListQuery.new.list_plain') },
  // `keep_replied: false` at the constructor: the NOT IN over agent_outputs is not merged in.
  { code: 'CleanupPolicy.new(keep_replied: false).leads_to_delete(100).to_a' },
  { code: 'CleanupPolicy.new.leads_to_delete(100).to_a' },
  { code: 'CleanupPolicy.new(keep_replied: true).leads_to_delete(100).pluck(:id)' },
  // Records loaded into an Array (`to_a`) and written one by one: each write finds its row by the primary key.
  { setup: ROWS, code: 'leads = CleanupPolicy.new(keep_replied: false).leads_to_delete(10).to_a; leads.each { |lead| lead.destroy! }' },
  { setup: ROWS, code: `Lead.where(created_at: ${MARCH}).to_a.each { |lead| lead.update!(company: "y") }` },
  { setup: ROWS, code: `leads = Lead.where(created_at: ${MARCH}).to_a; leads.each { |lead| lead.agent_outputs.where(created_at: lead.created_at..).count }` },
];

void test('real-app patterns: the SQL ActiveRecord executes, EXPLAIN on every server agrees with the diagnostics', async (t) => {
  await assertExecutedAgree(t, CASES, { ddl, catalog, files: FILES.map(abs), index: folderIndex, controllerFile: abs('app/controllers/executed_controller.rb') });
});
