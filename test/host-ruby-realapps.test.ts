/**
 * Patterns met while running the CLI on real Rails applications (dogfooding), written as small
 * classes of our own on the fixture application's models: how often a query is reported (a
 * singular association read again is ActiveRecord's cached record; a query run inside a chain of
 * followed methods is reported once, where the checked unit hands it on), and the patterns that
 * were missed or falsely flagged there.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { CatalogView } from '../server/src/engine/catalog/model';
import { LineIndex } from '../server/src/engine/finding';
import { assertExecutedAgree, type ExecutedCase } from './helpers/ruby-executed';
import { rubyHost } from '../server/src/engine/host/ruby/index';
import { abs, loadRailsFixture, railsFolderIndex } from './helpers/rails-fixture';

let catalog: CatalogView;
let ddl = '';

void before(async () => {
  ({ ddl, catalog } = await loadRailsFixture());
});

const folderIndex = railsFolderIndex;

/** `line:col code table text` (1-based) of each finding of one of the extra files. */
function findingsIn(extra: Record<string, string>, rel: string): string[] {
  const text = extra[rel]!;
  const li = new LineIndex(text);
  return rubyHost.check(text, catalog, { fileName: abs(rel), index: folderIndex(extra) }).findings.map((f) => {
    const s = li.position(f.start);
    return `${s.line + 1}:${s.character + 1} ${f.code} ${f.table} ${text.slice(f.start, f.end)}`;
  });
}

void describe('how often a query is reported', () => {
  test('a singular association read again on the same record is the cached record (one query)', () => {
    const file = 'app/services/output_mailer.rb';
    const extra = {
      [file]: [
        'class OutputMailer',
        '  def notify(output_id)',
        '    output = AgentOutput.find_by!(id: output_id, created_at: 1.day.ago..)',
        '    Sender.deliver(output.lead.company, output.lead.email)',
        '    Sender.deliver(output.lead.company)',
        '    output = AgentOutput.find_by!(id: output_id + 1, created_at: 1.day.ago..)',
        '    Sender.deliver(output.lead.company)',
        '  end',
        'end',
        '',
      ].join('\n'),
    };
    assert.deepEqual(findingsIn(extra, file), [
      '4:27 partition-key-missing public.leads lead',
      // Another record in the same variable loads its own lead.
      '7:27 partition-key-missing public.leads lead',
    ]);
  });

  test('in a model instance method, `lead` and `self.lead` read once load once', () => {
    const file = 'app/models/output_digest.rb';
    const extra = {
      [file]: [
        'class OutputDigest < ApplicationRecord',
        '  self.table_name = "agent_outputs"',
        '  belongs_to :lead',
        '',
        '  def title',
        '    "#{lead.company} (#{self.lead.email})"',
        '  end',
        '',
        '  def subtitle',
        '    lead.email',
        '  end',
        'end',
        '',
      ].join('\n'),
    };
    // Each method may be the first to read it (the record may be fresh): one report per method.
    assert.deepEqual(findingsIn(extra, file), ['6:8 partition-key-missing public.leads lead', '10:5 partition-key-missing public.leads lead']);
  });

  test('a query run by a model class method a chain of private methods calls is reported once, inside the class method', () => {
    const file = 'app/jobs/index_job.rb';
    const extra = {
      'app/models/indexed_lead.rb': [
        'class IndexedLead < ApplicationRecord',
        '  self.table_name = "leads"',
        '  def self.rows_for_index',
        '    where(company: "x").order(:id).pluck(:id, :company)',
        '  end',
        'end',
        '',
      ].join('\n'),
      [file]: [
        'class IndexJob < ApplicationJob',
        '  def perform',
        '    update_index',
        '  end',
        '',
        '  private',
        '',
        '  def update_index',
        '    upload("specs", specs)',
        '  end',
        '',
        '  def upload(name, rows)',
        '    Storage.put(name, rows)',
        '  end',
        '',
        '  def specs',
        '    rows_to_names IndexedLead.rows_for_index',
        '  end',
        '',
        '  def rows_to_names(rows)',
        '    rows.map(&:last)',
        '  end',
        'end',
        '',
      ].join('\n'),
    };
    // Where the query runs decides where it is reported: inside the class method (called only on the model), not at the chain of callers.
    assert.deepEqual(findingsIn(extra, file), []);
    assert.deepEqual(findingsIn(extra, 'app/models/indexed_lead.rb'), ['4:5 partition-key-missing public.leads where(company: "x").order(:id).pluck']);
  });
});

/**
 * A concern written before ActiveSupport::Concern (`def self.included(base)` with
 * `base.class_eval do … end` and `base.extend ClassMethods`), kept in `lib/` as older
 * applications do, and the model that includes it.
 */
const HOOK_CONCERN = [
  'module OutputsHook',
  '  def self.included(base)',
  '    base.class_eval do',
  '      has_many :hooked_outputs, class_name: "AgentOutput", foreign_key: :lead_id',
  '    end',
  '    base.belongs_to :owner, class_name: "User", foreign_key: :user_id, optional: true',
  '    base.extend ClassMethods',
  '  end',
  '',
  '  module ClassMethods',
  '    def stale_since(time)',
  '      rel = where(company: "stale")',
  '      rel = rel.where(created_at: time..) if time',
  '      rel',
  '    end',
  '  end',
  'end',
  '',
].join('\n');
const HOOKED_LEAD = ['class HookedLead < ApplicationRecord', '  self.table_name = "leads"', '  self.primary_key = :id', '  include OutputsHook', 'end', ''].join('\n');

void describe('associations and class methods of concerns written as `self.included` hooks', () => {
  const extra = {
    'lib/outputs_hook.rb': HOOK_CONCERN,
    'app/models/hooked_lead.rb': HOOKED_LEAD,
    'app/services/hooked_report.rb': [
      'class HookedReport',
      '  def initialize(hooked_lead)',
      '    @hooked_lead = hooked_lead',
      '  end',
      '',
      '  def outputs',
      '    Exporter.rows(@hooked_lead.hooked_outputs.order(:id))',
      '  end',
      '',
      '  def stale',
      '    HookedLead.stale_since(nil).to_a',
      '  end',
      '',
      '  def stale_march',
      '    HookedLead.stale_since(Time.utc(2024, 3, 1)).to_a',
      '  end',
      'end',
      '',
    ].join('\n'),
  };
  test('the association declared in `base.class_eval` and the `module ClassMethods` method are followed', () => {
    assert.deepEqual(findingsIn(extra, 'app/services/hooked_report.rb'), [
      '7:32 partition-key-missing public.agent_outputs hooked_outputs',
      '11:5 partition-key-missing public.leads HookedLead',
    ]);
  });
});

void describe('record writes passed as a symbol block', () => {
  test('`find_each(&:destroy)` and `to_a.each(&:destroy!)` delete each record by its primary key', () => {
    const file = 'app/services/lead_purge.rb';
    const extra = {
      [file]: [
        'class LeadPurge',
        '  def purge(from, to)',
        '    Lead.where(created_at: from...to).find_each(batch_size: 50, &:destroy)',
        '  end',
        '',
        '  def purge_loaded(from, to)',
        '    leads = Lead.where(created_at: from...to).to_a',
        '    leads.each(&:destroy!)',
        '  end',
        '',
        '  def names(from, to)',
        '    Lead.where(created_at: from...to).map(&:company)',
        '  end',
        'end',
        '',
      ].join('\n'),
    };
    assert.deepEqual(findingsIn(extra, file), [
      '3:65 partition-key-missing public.leads &:destroy',
      '8:16 partition-key-missing public.leads &:destroy!',
    ]);
  });
});

const ROWS = 'Campaign.create!(id: 3, user_id: 5, name: "c"); Lead.create!(id: 1, company: "x", campaign_id: 3, created_at: Time.utc(2024, 3, 5)); AgentOutput.create!(id: 9, lead_id: 1, body: "b", created_at: Time.utc(2024, 2, 5))';
const MARCH = 'Time.utc(2024, 3, 1)..Time.utc(2024, 3, 31)';

const CASES: readonly ExecutedCase[] = [
  // A singular association read twice: one SELECT (the record keeps it).
  { setup: ROWS, code: 'out = AgentOutput.find_by!(id: 9, created_at: Time.utc(2024, 2, 5)); [out.lead.company, out.lead.company]' },
  // `self.included` hooks: the association of `base.class_eval`, the class method of `module ClassMethods`.
  { setup: ROWS, code: 'HookedLead.find_by!(id: 1, created_at: Time.utc(2024, 3, 5)).hooked_outputs.order(:id).to_a' },
  { setup: ROWS, code: 'HookedLead.find_by!(id: 1, created_at: Time.utc(2024, 3, 5)).hooked_outputs.where(created_at: Time.utc(2024, 2, 1)..).to_a' },
  { setup: ROWS, code: 'HookedLead.stale_since(nil).to_a' },
  { setup: ROWS, code: 'HookedLead.stale_since(Time.utc(2024, 3, 1)).to_a' },
  // A model's instance method writing its own record (`update_column` without a receiver, `self.update!`, bare `touch`).
  {
    setup: ROWS,
    code: 'Lead.find_by!(id: 1, created_at: Time.utc(2024, 3, 5)).update_column(:company, "hidden")',
    checked: { file: 'app/models/hiding_lead.rb', text: 'class HidingLead < ApplicationRecord\n  self.table_name = "leads"\n\n  def hide\n    update_column(:company, "hidden")\n  end\nend\n' },
  },
  {
    setup: ROWS,
    code: 'Lead.find_by!(id: 1, created_at: Time.utc(2024, 3, 5)).touch',
    checked: { file: 'app/models/hiding_lead.rb', text: 'class HidingLead < ApplicationRecord\n  self.table_name = "leads"\n\n  def bump\n    touch\n  end\nend\n' },
  },
  {
    setup: ROWS,
    code: 'lead = Lead.find_by!(id: 1, created_at: Time.utc(2024, 3, 5)); Lead.where(id: lead.id, created_at: lead.created_at).update_all(company: "hidden")',
    checked: {
      file: 'app/models/hiding_lead.rb',
      text: 'class HidingLead < ApplicationRecord\n  self.table_name = "leads"\n\n  def hide\n    self.class.where(id: id, created_at: created_at).update_all(company: "hidden")\n  end\nend\n',
    },
  },
  // A record a service method is given (named after its model) is written by its primary key.
  {
    setup: ROWS,
    code: 'lead = Lead.find_by!(id: 1, created_at: Time.utc(2024, 3, 5)); lead.update(company: "closed")',
    checked: { file: 'app/services/lead_closer.rb', text: 'class LeadCloser\n  def self.close(lead:, actor:)\n    return false unless actor\n\n    lead.update(company: "closed")\n  end\nend\n' },
  },
  // Symbol blocks of record writes: each loaded record is deleted by its primary key.
  { setup: ROWS, code: `Lead.where(created_at: ${MARCH}).find_each(batch_size: 50, &:destroy)` },
  { setup: ROWS, code: `Lead.where(created_at: ${MARCH}).to_a.each(&:destroy!)` },
  { setup: ROWS, code: `Lead.where(created_at: ${MARCH}).map(&:company)` },
];

void test('real-app patterns: the SQL ActiveRecord executes, EXPLAIN on every server agrees with the diagnostics', async (t) => {
  // Ruby loads the extra files from a scratch directory; the host indexes them inside the fixture application.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-realapps-'));
  try {
    const hook = path.join(dir, 'outputs_hook.rb');
    const model = path.join(dir, 'hooked_lead.rb');
    fs.writeFileSync(hook, HOOK_CONCERN);
    fs.writeFileSync(model, HOOKED_LEAD);
    const models = ['application_record', 'concerns/lead_scopes', 'lead', 'agent_output', 'campaign', 'user'].map((m) => abs(`app/models/${m}.rb`));
    await assertExecutedAgree(t, CASES, {
      ddl,
      catalog,
      files: [...models, hook, model],
      index: () => folderIndex({ 'lib/outputs_hook.rb': HOOK_CONCERN, 'app/models/hooked_lead.rb': HOOKED_LEAD }),
      controllerFile: abs('app/controllers/executed_controller.rb'),
      minEach: 3,
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

void describe('definitions, locals and option hashes', () => {
  test('a subquery inside a scope lambda is part of its callers\' queries, not run where the scope is defined', () => {
    const file = 'app/models/replied_lead.rb';
    const extra = {
      [file]: [
        'class RepliedLead < ApplicationRecord',
        '  self.table_name = "leads"',
        '  self.primary_key = :id',
        '  scope :with_outputs, -> { where(id: AgentOutput.where(body: "reply").select(:lead_id)) }',
        '  has_many :replies, -> { where(body: AgentOutput.where(body: "x").select(:body)) }, class_name: "AgentOutput", foreign_key: :lead_id',
        'end',
        '',
      ].join('\n'),
    };
    assert.deepEqual(findingsIn(extra, file), []);
  });

  test('a local assigned a plain value is no longer the association of the same name', () => {
    const file = 'app/models/sorted_lead.rb';
    const extra = {
      [file]: [
        'class SortedLead < ApplicationRecord',
        '  self.table_name = "leads"',
        '  self.primary_key = :id',
        '  has_many :agent_outputs, foreign_key: :lead_id',
        '',
        '  def latest(fresh)',
        '    agent_outputs = Sorter.sort(fresh)',
        '    Notifier.push(agent_outputs.size)',
        '  end',
        '',
        '  def all_outputs',
        '    Notifier.push(agent_outputs.size)',
        '  end',
        'end',
        '',
      ].join('\n'),
    };
    assert.deepEqual(findingsIn(extra, file), ['12:19 partition-key-missing public.agent_outputs agent_outputs']);
  });

  test('`params.dig(:filter, :since)` of the caller\'s literal hash, read through an attr_reader, decides a `blank?` guard', () => {
    const extra = {
      'app/finders/lead_find.rb': [
        'class LeadFind',
        '  def initialize(scope:, params:)',
        '    @scope = scope',
        '    @since = params.dig(:filter, :since)',
        '    @company = params.fetch(:company, nil)',
        '  end',
        '',
        '  def execute',
        '    by_company(by_since(scope)).order(:id)',
        '  end',
        '',
        '  private',
        '',
        '  attr_reader :scope, :since, :company',
        '',
        '  def by_since(leads)',
        '    return leads if since.blank?',
        '',
        '    leads.where(created_at: since..)',
        '  end',
        '',
        '  def by_company(leads)',
        '    return leads unless company',
        '',
        '    leads.where(company: company)',
        '  end',
        'end',
        '',
      ].join('\n'),
      'app/jobs/find_job.rb': [
        'class FindJob < ApplicationJob',
        '  def perform(user)',
        '    params = { filter: { since: 1.week.ago }, company: "x" }',
        '    LeadFind.new(scope: Lead.where(user_id: user.id), params: params).execute.pluck(:id)',
        '    LeadFind.new(scope: Lead.where(user_id: user.id), params: { filter: { status: "won" } }).execute.pluck(:id)',
        '    LeadFind.new(scope: Lead.default_scoped.where(user_id: user.id), params: { company: "x" }).execute.to_a',
        '  end',
        'end',
        '',
      ].join('\n'),
    };
    assert.deepEqual(findingsIn(extra, 'app/jobs/find_job.rb'), [
      '5:25 partition-key-missing public.leads Lead',
      '6:25 partition-key-missing public.leads Lead',
    ]);
  });
});

void describe('writes of the record itself and of records handed to a method', () => {
  test('in a model, writes without a receiver or on self are judged; `save` of a record handed over is not (it may be new)', () => {
    const extra = {
      'app/models/hiding_lead.rb': [
        'class HidingLead < ApplicationRecord',
        '  self.table_name = "leads"',
        '  self.primary_key = :id',
        '',
        '  def hide',
        '    update_column(:company, "hidden")',
        '  end',
        '',
        '  def archive!',
        '    self.update!(company: "archived")',
        '  end',
        '',
        '  def initialize_copy(other)',
        '    super',
        '  end',
        'end',
        '',
      ].join('\n'),
      'app/services/lead_closer.rb': [
        'class LeadCloser',
        '  def self.close(lead:, actor:)',
        '    lead.update(company: "closed") if actor',
        '  end',
        '',
        '  def self.keep(lead)',
        '    lead.save',
        '  end',
        '',
        '  def self.other(record)',
        '    record.update(company: "x")',
        '  end',
        'end',
        '',
      ].join('\n'),
    };
    assert.deepEqual(findingsIn(extra, 'app/models/hiding_lead.rb'), ['6:5 partition-key-missing public.leads update_column', '10:10 partition-key-missing public.leads update!']);
    assert.deepEqual(findingsIn(extra, 'app/services/lead_closer.rb'), ['3:10 partition-key-missing public.leads update']);
  });
});

void describe('template methods of a base class', () => {
  const base = [
    'class ListingBaseController < ApplicationController',
    '  def index',
    '    render json: serialize(page_of(records))',
    '  end',
    '',
    '  def count',
    '    self.rows = records',
    '    render json: { total: rows.count }',
    '  end',
    '',
    '  private',
    '',
    '  def page_of(rel)',
    '    rel.limit(25)',
    '  end',
    '',
    '  def serialize(rel)',
    '    rel.map(&:id)',
    '  end',
    'end',
    '',
  ].join('\n');
  test('a hook only subclasses define is evaluated as each subclass; a self.x = accessor stores the relation', () => {
    const extra = {
      'app/controllers/listing_base_controller.rb': base,
      'app/controllers/company_leads_controller.rb': ['class CompanyLeadsController < ListingBaseController', '  private', '', '  def records', '    Lead.where(company: params[:company])', '  end', 'end', ''].join('\n'),
      'app/controllers/march_leads_controller.rb': ['class MarchLeadsController < ListingBaseController', '  private', '', '  def records', '    Lead.where(created_at: Time.utc(2024, 3, 1)..)', '  end', 'end', ''].join('\n'),
    };
    assert.deepEqual(findingsIn(extra, 'app/controllers/listing_base_controller.rb'), [
      '3:36 partition-key-missing public.leads records',
      '8:27 partition-key-missing public.leads rows.count',
    ]);
  });

  test('when every subclass adds the key, the base class is quiet', () => {
    const extra = {
      'app/controllers/listing_base_controller.rb': base,
      'app/controllers/march_leads_controller.rb': ['class MarchLeadsController < ListingBaseController', '  private', '', '  def records', '    Lead.where(created_at: Time.utc(2024, 3, 1)..)', '  end', 'end', ''].join('\n'),
    };
    assert.deepEqual(findingsIn(extra, 'app/controllers/listing_base_controller.rb'), []);
  });
});

void describe('filters applied in a loop over a hash', () => {
  test('the loop may not run (request params): the base relation is one of the results; a hash written out runs it', () => {
    const extra = {
      'app/models/filtered_lead.rb': [
        'class FilteredLead < ApplicationRecord',
        '  self.table_name = "leads"',
        '  scope :by_since, ->(t) { where(created_at: t..) }',
        '',
        '  def self.filter_by(filters)',
        '    rel = all',
        '    (filters.presence || {}).each do |name, value|',
        '      rel = rel.public_send("by_#{name}", value) if value.present?',
        '    end',
        '    rel',
        '  end',
        'end',
        '',
      ].join('\n'),
      'app/jobs/filter_job.rb': [
        'class FilterJob < ApplicationJob',
        '  def perform(params)',
        '    FilteredLead.filter_by(params[:filters]).count',
        '    filters = { "since" => 1.month.ago }',
        '    FilteredLead.filter_by(filters).count',
        '  end',
        'end',
        '',
      ].join('\n'),
    };
    assert.deepEqual(findingsIn(extra, 'app/jobs/filter_job.rb'), ['3:5 partition-key-missing public.leads FilteredLead']);
  });
});

void describe('a relation a before_action callback prepares', () => {
  test('the actions refine and run it (where they load it, or in the view); the callback itself runs nothing', () => {
    const file = 'app/controllers/moderated_leads_controller.rb';
    const extra = {
      [file]: [
        'class ModeratedLeadsController < ApplicationController',
        '  before_action :load_leads',
        '',
        '  def index',
        '    @leads = @leads.where(company: params[:company]).limit(50)',
        '  end',
        '',
        '  def moderate',
        '    @leads = @leads.where(id: params[:ids])',
        '    @leads.each { |lead| Moderation.hide(lead) }',
        '  end',
        '',
        '  def recent',
        '    @leads = @leads.where(created_at: 1.day.ago..)',
        '  end',
        '',
        '  private',
        '',
        '  def load_leads',
        '    @leads = Lead.where(user_id: current_user.id)',
        '  end',
        'end',
        '',
      ].join('\n'),
    };
    assert.deepEqual(findingsIn(extra, file), ['5:14 partition-key-missing public.leads @leads', '10:5 partition-key-missing public.leads @leads.each']);
  });

  test('a callback\'s relation no action assigns again goes to the view as it is: run where the callback assigns it', () => {
    const file = 'app/controllers/listed_leads_controller.rb';
    const extra = {
      [file]: [
        'class ListedLeadsController < ApplicationController',
        '  before_action :load_leads',
        '',
        '  def index; end',
        '',
        '  private',
        '',
        '  def load_leads',
        '    @leads = Lead.where(user_id: current_user.id)',
        '  end',
        'end',
        '',
      ].join('\n'),
    };
    assert.deepEqual(findingsIn(extra, file), ['9:14 partition-key-missing public.leads Lead']);
  });
});
