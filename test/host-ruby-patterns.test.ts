/**
 * Patterns of real Rails applications followed by the Ruby host, with exact ranges and related
 * locations: query objects keeping a relation in an instance variable (`initialize` +
 * `attr_reader` + `call`, parameter defaults, `@x ||=` memoization), nested `has_many :through`,
 * scopes calling scopes, `merge`, `find_each`/`in_batches`. Precision: an instance variable that
 * another method reassigns, or that `initialize` sets conditionally, stays quiet. The SQL of each
 * pattern is checked against real ActiveRecord in test/host-ruby-activerecord-crossfile.test.ts
 * (to_sql) and in the batch test at the end of this file (SQL ActiveRecord executes).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { tablesFromSql } from '../server/src/engine/catalog/ddl';
import { CatalogSnapshot, type CatalogView } from '../server/src/engine/catalog/model';
import { LineIndex, type Finding } from '../server/src/engine/finding';
import { ensureRubyHostLoaded, rubyHost } from '../server/src/engine/host/ruby/index';
import type { HostIndex } from '../server/src/engine/host/types';
import { loadEngine } from '../server/src/engine/index';
import { assertExecutedAgree, type ExecutedCase } from './helpers/ruby-executed';

const root = path.join(import.meta.dirname, 'fixtures', 'rails');
const abs = (rel: string): string => path.join(root, rel);
const read = (rel: string): string => fs.readFileSync(abs(rel), 'utf8');

let catalog: CatalogView;
let ddl = '';

function folderIndex(): HostIndex {
  const idx = rubyHost.createIndex!();
  for (const f of fs.readdirSync(root, { recursive: true }) as string[]) {
    if (rubyHost.claimsFile!(abs(f))) idx.indexFile(abs(f), read(f));
  }
  return idx;
}

/** `line:col-line:col code table text` (1-based), then `  → file line:col message` per related location. */
function describeFindings(text: string, findings: readonly Finding[]): string[] {
  const li = new LineIndex(text);
  const out: string[] = [];
  for (const f of findings) {
    const s = li.position(f.start);
    const e = li.position(f.end);
    out.push(`${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${f.code} ${f.table} ${text.slice(f.start, f.end)}`);
    for (const r of f.related ?? []) {
      if (r.kind === 'here') out.push(`  → here ${r.message}`);
      else out.push(`  → ${path.relative(root, r.fileName)} ${r.start.line + 1}:${r.start.character + 1} ${r.message}`);
    }
  }
  return out;
}

const check = (idx: HostIndex, file: string, text: string): string[] => describeFindings(text, rubyHost.check(text, catalog, { fileName: file, index: idx }).findings);
const codes = (lines: string[]): string[] => lines.filter((l) => !l.startsWith('  →'));

void before(async () => {
  await loadEngine();
  await ensureRubyHostLoaded();
  ddl = read('db/structure.sql');
  for (const f of fs.readdirSync(abs('db/migrate')).sort()) {
    for (const frag of rubyHost.sqlFragments(read(`db/migrate/${f}`), `db/migrate/${f}`)) if (frag.ddl) ddl += `\n;\n${frag.text}`;
  }
  catalog = new CatalogSnapshot(tablesFromSql(ddl).tables);
});

const CONTROLLER = [
  'class QueriesController < ApplicationController',
  '  def index',
  '    @leads = LeadQuery.new(params[:company]).everything',
  '    @recent = LeadQuery.new(params[:company]).recent',
  '    @query = RecentLeadsQuery.new.call(params[:company])',
  '    @window = RecentLeadsQuery.new.in_window(params[:company])',
  '    @memo = CampaignLeads.new(params[:id]).leads',
  '    @january = CampaignLeads.new(params[:id]).january',
  '    @outputs = current_user.agent_outputs',
  '    @microsoft = Lead.microsoft',
  '    @microsoft_january = Lead.microsoft_january',
  '  end',
  '',
  '  def export',
  '    q = LeadQuery.new(params[:company])',
  '    q.everything.find_each { |l| Rails.logger.info(l.id) }',
  '    q.recent.in_batches(of: 100) { |batch| batch.update_all(vip: true) }',
  '  end',
  'end',
  '',
].join('\n');

void describe('query objects: a relation kept in an instance variable', () => {
  void test('in the query object file: judged where a method runs or returns it, not where initialize builds it', () => {
    const idx = folderIndex();
    assert.deepEqual(check(idx, abs('app/queries/lead_query.rb'), read('app/queries/lead_query.rb')), [
      // `def everything = @scope`: returned from a public method nothing calls.
      '15:5-15:11 partition-key-missing public.leads @scope',
      '  → here returned from the public method `everything`, which nothing in the workspace calls: it runs where it is built',
      '  → app/queries/lead_query.rb 7:14 relation created here (Lead)',
      '  → app/queries/lead_query.rb 7:19 refined here (.where)',
      // `def export = @scope.to_a`.
      '23:5-23:11 partition-key-missing public.leads @scope',
      '  → app/queries/lead_query.rb 7:14 relation created here (Lead)',
      '  → app/queries/lead_query.rb 7:19 refined here (.where)',
    ]);
  });

  void test('at the caller: what the constructor keeps and the method returns, with parameter defaults and readers', () => {
    const idx = folderIndex();
    assert.deepEqual(check(idx, abs('app/controllers/queries_controller.rb'), CONTROLLER), [
      // `LeadQuery.new(…).everything`: built by initialize, returned unchanged.
      '3:24-3:27 partition-key-missing public.leads new',
      '  → app/queries/lead_query.rb 7:14 relation created here (Lead)',
      '  → app/queries/lead_query.rb 7:19 refined here (.where)',
      // `RecentLeadsQuery.new.call(…)`: `relation = Lead.all` by default, read through a private attr_reader.
      '5:31-5:34 partition-key-missing public.leads new',
      '  → app/queries/lead_query.rb 29:29 relation created here (Lead)',
      '  → app/queries/lead_query.rb 34:14 refined here (.where)',
      // `@leads ||= Lead.where(campaign_id: …)` returned by `leads`.
      '7:44-7:49 partition-key-missing public.leads leads',
      '  → app/queries/lead_query.rb 53:16 relation created here (Lead)',
      '  → app/queries/lead_query.rb 53:21 refined here (.where)',
      // users → campaigns → leads → agent_outputs: neither leads nor agent_outputs is filtered by its key.
      '9:29-9:42 partition-key-missing public.agent_outputs agent_outputs',
      '9:29-9:42 partition-key-missing public.leads agent_outputs',
      // A scope calling a scope (`for_company("Microsoft")`).
      '10:18-10:22 partition-key-missing public.leads Lead',
      // `q.everything.find_each`: the batch query runs on line 16 and is reported there (where `q` was built is related).
      '16:5-16:27 partition-key-missing public.leads q.everything.find_each',
      '  → here relation built here (Lead)',
      '  → app/queries/lead_query.rb 7:14 relation created here (Lead)',
      '  → app/queries/lead_query.rb 7:19 refined here (.where)',
    ]);
  });

  void test('precision: an instance variable reassigned elsewhere, or set conditionally, stays quiet', () => {
    const idx = folderIndex();
    const text = [
      'class ReassignedQuery',
      '  def initialize(c)',
      '    @scope = Lead.where(company: c)',
      '  end',
      '',
      '  def narrow!(from)',
      '    @scope = @scope.where(created_at: from..)',
      '  end',
      '',
      '  def run = @scope.to_a',
      'end',
      '',
      'class ConditionalQuery',
      '  def initialize(c, from = nil)',
      '    @scope = Lead.where(company: c)',
      '    @scope = @scope.where(created_at: from..) if from',
      '  end',
      '',
      '  def run = @scope.to_a',
      'end',
      '',
      'class PassedInQuery',
      '  def initialize(relation)',
      '    @relation = relation',
      '  end',
      '',
      '  def run = @relation.to_a',
      'end',
      '',
    ].join('\n');
    const file = abs('app/queries/precision_queries.rb');
    idx.indexFile(file, text);
    assert.deepEqual(check(idx, file, text), []);
    // Callers that pass a relation with the key get nothing either; one without it is judged at the caller.
    const caller = [
      'class PrecisionController < ApplicationController',
      '  def index',
      '    PassedInQuery.new(Lead.where(created_at: Time.utc(2024, 3, 2)..)).run',
      '    PassedInQuery.new(Lead.where(company: "x")).run',
      '  end',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(codes(check(idx, abs('app/controllers/precision_controller.rb'), caller)), ['4:23-4:27 partition-key-missing public.leads Lead']);
  });

  void test('editing initialize in another file re-judges the callers (cached results depend on it)', () => {
    const idx = folderIndex();
    const file = abs('app/controllers/queries_controller.rb');
    assert.ok(check(idx, file, CONTROLLER).some((l) => l.startsWith('3:24-3:27')));
    const fixed = read('app/queries/lead_query.rb').replace('@scope = Lead.where(company: company)', '@scope = Lead.where(company: company, created_at: Time.utc(2024, 3, 2)..)');
    idx.indexFile(abs('app/queries/lead_query.rb'), fixed);
    const after = codes(check(idx, file, CONTROLLER));
    assert.ok(!after.some((l) => l.startsWith('3:24-3:27')), after.join('\n'));
    assert.ok(!after.some((l) => l.startsWith('15:19-15:22')), after.join('\n'));
    idx.indexFile(abs('app/queries/lead_query.rb'), read('app/queries/lead_query.rb'));
    assert.ok(check(idx, file, CONTROLLER).some((l) => l.startsWith('3:24-3:27')));
  });

  void test('a model class method of several statements: parameters bound, an `if` on a nil default not taken', () => {
    const idx = folderIndex();
    const text = [
      'class SearchController < ApplicationController',
      '  def index',
      '    @all = Lead.matching(params[:q])',
      '    @since = Lead.matching(params[:q], since: 1.week.ago)',
      '    @keyed = Lead.matching(params[:q]).where(created_at: 1.week.ago..)',
      '  end',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(check(idx, abs('app/controllers/search_controller.rb'), text), [
      '3:12-3:16 partition-key-missing public.leads Lead',
      '  → app/models/lead.rb 45:11 refined here (.where)',
    ]);
  });

  void test('record writes: at the write of a record loaded by a finder, none for a new record, none as a quick fix', () => {
    const idx = folderIndex();
    const text = [
      'class LeadStatusController < ApplicationController',
      '  def update',
      '    lead = Lead.find_by!(id: params[:id], created_at: params[:created_at])',
      '    lead.update!(status: params[:status])',
      '    fresh = Lead.new(company: "x")',
      '    fresh.save!',
      '    Lead.where(created_at: 1.day.ago.., company: "spam").destroy_all',
      '  end',
      'end',
      '',
    ].join('\n');
    const findings = rubyHost.check(text, catalog, { fileName: abs('app/controllers/lead_status_controller.rb'), index: idx }).findings;
    assert.deepEqual(describeFindings(text, findings), ['4:10-4:17 partition-key-missing public.leads update!', '7:58-7:69 partition-key-missing public.leads destroy_all']);
    assert.deepEqual(
      findings.flatMap((f) => rubyHost.quickFixes!(text, f)),
      [],
    );
  });

  void test('class-level entry points passing *args, **kwargs or ... on to new', () => {
    const idx = folderIndex();
    const text = [
      'class CompanyController < ApplicationController',
      '  def index',
      '    @all = CompanyLeadsQuery.call(params[:c])',
      '    @since = CompanyLeadsQuery.call(params[:c], since: 1.week.ago)',
      '    @forwarded = CompanyLeadsQuery.run(params[:c])',
      '  end',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(codes(check(idx, abs('app/controllers/company_controller.rb'), text)), [
      '3:30-3:34 partition-key-missing public.leads call',
      '5:36-5:39 partition-key-missing public.leads run',
    ]);
  });

  void test('a job keeping a relation in an instance variable of its own method: judged once, where it runs', () => {
    const idx = folderIndex();
    const text = [
      'class LeadsJob < ApplicationJob',
      '  def perform(company)',
      '    @leads = Lead.where(company: company)',
      '    @leads.each { |l| Rails.logger.info(l.id) }',
      '  end',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(codes(check(idx, abs('app/jobs/leads_job.rb'), text)), ['4:5-4:16 partition-key-missing public.leads @leads.each']);
  });
});


void describe('finders, callbacks and where a held relation runs', () => {
  void test('a finder given a hash written out at the call: the filters it selects are known, reported where it runs', () => {
    const idx = folderIndex();
    const text = [
      'class ExportsController < ApplicationController',
      '  def recent',
      '    @leads = LeadFinder.new(company: params[:company], created_after: 1.week.ago).execute',
      '  end',
      '',
      '  def all',
      '    leads = LeadFinder.new(company: params[:company]).execute',
      '    send_data leads.pluck(:email).join("\\n")',
      '  end',
      '',
      '  def from_params',
      '    @leads = LeadFinder.new(params.permit(:company, :created_after)).execute',
      '  end',
      'end',
      '',
    ].join('\n');
    // `recent` always filters on created_at; `all` never does (reported at the pluck that runs
    // it); `from_params` may or may not (a path without the key is reported).
    assert.deepEqual(codes(check(idx, abs('app/controllers/exports_controller.rb'), text)), [
      '8:15-8:26 partition-key-missing public.leads leads.pluck',
      '12:70-12:77 partition-key-missing public.leads execute',
    ]);
  });

  void test('an SQL heredoc in a constant is judged where a call runs it; one nothing in the file runs, where it is written', () => {
    const idx = folderIndex();
    const text = [
      'class LeadStats',
      '  DAILY = <<~SQL.squish',
      '    SELECT count(*) FROM leads WHERE user_id = ?',
      '  SQL',
      '',
      '  SHARED = <<~SQL',
      '    SELECT count(*) FROM leads WHERE company = $1',
      '  SQL',
      '',
      '  def self.daily(user)',
      '    ActiveRecord::Base.connection.select_all(ActiveRecord::Base.sanitize_sql([DAILY, user.id]))',
      '    Lead.find_by_sql([DAILY, user.id])',
      '  end',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(codes(check(idx, abs('app/services/lead_stats.rb'), text)), [
      '7:26-7:31 partition-key-missing public.leads leads',
      '11:79-11:84 partition-key-missing public.leads DAILY',
      '12:23-12:28 partition-key-missing public.leads DAILY',
    ]);
  });

  void test('SQL kept in a local (string, heredoc, sanitize_sql_array) is judged where a call runs it', () => {
    const idx = folderIndex();
    const text = [
      'class LeadTotals',
      '  def self.by_company(user)',
      '    sql = ActiveRecord::Base.sanitize_sql_array(["SELECT company, count(*) AS n FROM leads WHERE user_id = ? GROUP BY company", user.id])',
      '    ActiveRecord::Base.connection.select_all(sql).to_a',
      '  end',
      '',
      '  def self.monthly(user, from, to)',
      '    sql = <<~SQL.squish',
      '      SELECT id FROM leads WHERE user_id = ? AND created_at >= ? AND created_at < ?',
      '    SQL',
      '    Lead.find_by_sql([sql, user.id, from, to])',
      '  end',
      '',
      '  def self.plain',
      '    query = "SELECT id FROM leads WHERE company = \'x\'"',
      '    ActiveRecord::Base.connection.select_values(query)',
      '  end',
      '',
      '  def self.built_up(extra)',
      '    sql = ActiveRecord::Base.sanitize_sql_array(["SELECT id FROM leads WHERE company = ?", extra])',
      '    sql += " LIMIT 5"',
      '    ActiveRecord::Base.connection.select_values(sql)',
      '  end',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(codes(check(idx, abs('app/services/lead_totals.rb'), text)), [
      '4:46-4:49 partition-key-missing public.leads sql',
      '16:49-16:54 partition-key-missing public.leads query',
      // Changed after it is written: judged where it is written, as before.
      '20:66-20:71 partition-key-missing public.leads leads',
    ]);
  });

  void test('a condition hash built over several statements: read path by path; touched by anything else, quiet', () => {
    const idx = folderIndex();
    const text = [
      'class LeadExport',
      '  def rows(user, status, from, to)',
      '    conditions = { user_id: user.id }',
      '    conditions[:status] = status if status',
      '    conditions[:created_at] = from..to if from && to',
      '    Lead.where(conditions).order(:id).pluck(:id, :email)',
      '  end',
      '',
      '  def month_rows(user, month, status)',
      '    conditions = { user_id: user.id, created_at: month.beginning_of_month...month.next_month.beginning_of_month }',
      '    conditions[:status] = status if status',
      '    Lead.where(conditions).pluck(:id, :email)',
      '  end',
      '',
      '  def merged(user, from, to)',
      '    conditions = { user_id: user.id }',
      '    if from',
      '      conditions.merge!(created_at: from..to)',
      '    else',
      '      conditions[:created_at] = 1.month.ago..Time.current',
      '    end',
      '    Lead.where(conditions).to_a',
      '  end',
      '',
      '  def handed_on(user, since)',
      '    conditions = { user_id: user.id, created_at: since.. }',
      '    normalize(conditions)',
      '    Lead.where(conditions).to_a',
      '  end',
      '',
      '  def trimmed(user, since)',
      '    conditions = { user_id: user.id, created_at: since.. }',
      '    conditions.delete(:created_at) if user.admin?',
      '    Lead.where(conditions).to_a',
      '  end',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(codes(check(idx, abs('app/services/lead_export.rb'), text)), ['6:5-6:9 partition-key-missing public.leads Lead']);
  });

  void test('a record a private callback loads into an instance variable: its writes are judged; new records and public assigners are not', () => {
    const idx = folderIndex();
    const text = [
      'class LeadsAdminController < ApplicationController',
      '  before_action :set_lead, only: %i[update]',
      '  before_action :build_draft, only: %i[create]',
      '',
      '  def update',
      '    if @lead.update(company: params[:company])',
      '      head :ok',
      '    end',
      '  end',
      '',
      '  def create',
      '    @draft.save!',
      '  end',
      '',
      '  def touch_it',
      '    @other.touch',
      '  end',
      '',
      '  def other = (@other = Lead.find(params[:id]))',
      '',
      '  private',
      '',
      '  def set_lead',
      '    @lead = Lead.find(params[:id])',
      '  end',
      '',
      '  def build_draft',
      '    @draft = Lead.new(company: params[:company])',
      '  end',
      'end',
      '',
    ].join('\n');
    const found = codes(check(idx, abs('app/controllers/leads_admin_controller.rb'), text));
    assert.ok(found.includes('6:14-6:20 partition-key-missing public.leads update'), found.join('\n'));
    assert.ok(!found.some((l) => l.startsWith('12:') || l.startsWith('16:')), found.join('\n'));
  });
});

const RUBY_FILES = [
  'app/models/application_record.rb',
  'app/models/concerns/lead_scopes.rb',
  'app/models/lead.rb',
  'app/models/agent_output.rb',
  'app/models/campaign.rb',
  'app/models/user.rb',
  'app/queries/lead_query.rb',
  'app/finders/lead_finder.rb',
];

const ROWS = 'Campaign.create!(id: 3, user_id: 5, name: "c"); Lead.create!(id: 1, company: "x", campaign_id: 3, created_at: Time.utc(2024, 3, 5))';

/** Statements whose SQL is only seen when they run: batches of a query object's relation, preloads. */
const EXECUTED: readonly ExecutedCase[] = [
  { code: 'LeadQuery.new("x").everything.find_each { |l| l.id }' },
  { code: 'LeadQuery.new("x").recent.find_each { |l| l.id }' },
  { code: 'LeadQuery.new("x").everything.in_batches(of: 100) { |batch| batch.update_all(vip: true) }' },
  { code: 'LeadQuery.new("x").recent.in_batches(of: 100) { |batch| batch.update_all(vip: true) }' },
  { code: 'RecentLeadsQuery.new.call("x").find_in_batches(batch_size: 50) { |rows| rows.size }' },
  { code: 'RecentLeadsQuery.new.in_window("x").find_in_batches(batch_size: 50) { |rows| rows.size }' },
  // includes without a condition on the association, and preload: a second query per association.
  { setup: ROWS, code: 'Lead.where(created_at: Time.utc(2024, 3, 2)..).includes(:agent_outputs).to_a' },
  { setup: ROWS, code: 'Lead.where(created_at: Time.utc(2024, 3, 2)..).preload(:agent_outputs, :campaign).first' },
  { setup: ROWS, code: 'Lead.where(created_at: Time.utc(2024, 3, 2)..).includes(:agent_outputs).where(agent_outputs: { created_at: Time.utc(2024, 3, 2).. }).to_a' },
  { setup: ROWS, code: 'Campaign.where(user_id: 5).includes(:leads).to_a' },
  { setup: ROWS, code: 'Campaign.where(user_id: 5).includes(:recent_leads).to_a' },
  // Writes of a loaded record find the row by its primary key only; destroy_all deletes record by record.
  { setup: ROWS, code: 'lead = Lead.find_by!(id: 1, created_at: Time.utc(2024, 3, 5)); lead.update!(company: "y")' },
  { setup: ROWS, code: 'lead = Lead.find_by!(id: 1, created_at: Time.utc(2024, 3, 5)); lead.company = "y"; lead.save!' },
  { setup: ROWS, code: 'Lead.where(created_at: Time.utc(2024, 3, 1)...Time.utc(2024, 4, 1), company: "x").destroy_all' },
  { setup: ROWS, code: 'Lead.where(created_at: Time.utc(2024, 3, 1)...Time.utc(2024, 4, 1), company: "x").delete_all' },
  { setup: ROWS, code: 'lead = Lead.new(id: 2, company: "z", created_at: Time.utc(2024, 3, 6)); lead.save!; Lead.where(id: 2, created_at: Time.utc(2024, 3, 6)).first' },
  // A finder given a hash written out at the call: the filters its params select are known.
  { code: 'LeadFinder.new(company: "x", created_after: Time.utc(2024, 3, 2)).execute.to_a' },
  { code: 'LeadFinder.new({ company: "x", created_after: Time.utc(2024, 3, 2), vip: true }).execute.to_a' },
  { code: 'LeadFinder.new(company: "x", vip: true).execute.to_a' },
  { code: 'leads = LeadFinder.new(company: "x").execute; leads.pluck(:id)' },
  // An SQL heredoc kept in a constant and run by `find_by_sql`: judged at the call.
  {
    setup: ROWS,
    code: 'daily = <<~SQL.squish\n  SELECT id FROM leads WHERE company = ?\nSQL\nLead.find_by_sql([daily, "x"])',
    controller: 'DAILY = <<~SQL.squish\n    SELECT id FROM leads WHERE company = ?\n  SQL\n\n  def run\n    Lead.find_by_sql([DAILY, "x"])\n  end',
  },
  {
    setup: ROWS,
    code: 'monthly = <<~SQL.squish\n  SELECT id FROM leads WHERE company = ? AND created_at >= ? AND created_at < ?\nSQL\nLead.find_by_sql([monthly, "x", Time.utc(2024, 3, 1), Time.utc(2024, 4, 1)])',
    controller: 'MONTHLY = <<~SQL.squish\n    SELECT id FROM leads WHERE company = ? AND created_at >= ? AND created_at < ?\n  SQL\n\n  def run\n    Lead.find_by_sql([MONTHLY, "x", Time.utc(2024, 3, 1), Time.utc(2024, 4, 1)])\n  end',
  },
  // SQL kept in a local and run by `select_all`/`select_rows`/`select_values`: judged at the call.
  { setup: ROWS, code: 'sql = ActiveRecord::Base.sanitize_sql_array(["SELECT company, count(*) AS n FROM leads WHERE company = ? GROUP BY company", "x"]); ActiveRecord::Base.connection.select_all(sql).to_a' },
  { setup: ROWS, code: 'sql = ActiveRecord::Base.sanitize_sql_array(["SELECT company FROM leads WHERE company = ? AND created_at >= ? AND created_at < ?", "x", Time.utc(2024, 3, 1), Time.utc(2024, 4, 1)]); ActiveRecord::Base.connection.select_rows(sql)' },
  { setup: ROWS, code: 'sql = "SELECT id FROM leads WHERE company = \'x\'"; ActiveRecord::Base.connection.select_values(sql)' },
  // A condition hash built over several statements: a key added under an `if` leaves a path without it.
  { setup: ROWS, code: 'since = ENV["PL_NEVER_SET"]; conditions = { company: "x" }; conditions[:created_at] = since..Time.utc(2024, 4, 1) if since; Lead.where(conditions).order(:id).pluck(:id)' },
  { setup: ROWS, code: 'status = ENV["PL_NEVER_SET"]; conditions = { company: "x", created_at: Time.utc(2024, 3, 1)...Time.utc(2024, 4, 1) }; conditions[:status] = status if status; Lead.where(conditions).pluck(:id)' },
  { setup: ROWS, code: 'conditions = { company: "x" }; conditions.merge!(created_at: Time.utc(2024, 3, 1)...Time.utc(2024, 4, 1)); Lead.where(conditions).to_a' },
  { setup: ROWS, code: 'conditions = { company: "x" }; conditions[:created_at] = Time.utc(2024, 3, 1)..Time.utc(2024, 3, 31); Lead.where(conditions).to_a' },
  // A record a `before_action` loads into an instance variable, written by the action: by its primary key only.
  {
    setup: ROWS,
    code: '@lead = Lead.find_by!(id: 1, created_at: Time.utc(2024, 3, 5)); @lead.update!(company: "y")',
    controller: 'before_action :set_lead\n\n  def run\n    @lead.update!(company: "y")\n  end\n\n  private\n\n  def set_lead\n    @lead = Lead.find_by!(id: 1, created_at: Time.utc(2024, 3, 5))\n  end',
  },
];

void test('batches, preloads and record writes: the SQL ActiveRecord executes, EXPLAIN on every server agrees with the diagnostics', async (t) => {
  await assertExecutedAgree(t, EXECUTED, { ddl, catalog, files: RUBY_FILES.map(abs), index: folderIndex, controllerFile: abs('app/controllers/executed_controller.rb') });
});
