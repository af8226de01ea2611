/**
 * Records whose class is known from where the code is (server/src/engine/host/ruby/record-writes.ts)
 * and options read from a hash the caller wrote out (hash-reads.ts), checked against real
 * ActiveRecord and EXPLAIN (test/helpers/ruby-executed.ts): writes of `self` in a model's or an
 * included concern's instance method, writes and association reads of a record parameter (typed
 * by its callers, or by its name), a stats object's `attr_reader` set by a concern's
 * `initialize` from `Stats.new(campaign)`, and a finder reading `params.dig(…)`. The Ruby classes
 * below are written to a temporary directory, loaded by ActiveRecord and indexed by the host.
 * Then, without a database, the cases where the host must stay silent.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { tablesFromSql } from '../server/src/engine/catalog/ddl';
import { CatalogSnapshot, type CatalogView } from '../server/src/engine/catalog/model';
import { ensureRubyHostLoaded, rubyHost } from '../server/src/engine/host/ruby/index';
import type { HostIndex } from '../server/src/engine/host/types';
import { loadEngine } from '../server/src/engine/index';
import { assertExecutedAgree, type ExecutedCase } from './helpers/ruby-executed';

const fixture = path.join(import.meta.dirname, 'fixtures', 'rails');
const read = (rel: string): string => fs.readFileSync(path.join(fixture, rel), 'utf8');
const app = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-record-writes-'));

/** Our application files (loaded by ActiveRecord after the fixture's models, in this order). */
const OURS: readonly [string, string][] = [
  ['app/models/concerns/hideable.rb', 'module Hideable\n  extend ActiveSupport::Concern\n\n  def hide!\n    update_column(:company, "hidden")\n  end\nend\n'],
  [
    'app/models/lead_writes.rb',
    'class Lead < ApplicationRecord\n  include Hideable\n\n  def rename(name)\n    update!(company: name)\n  end\n\n  def bump\n    self.touch\n  end\n\n  def drop\n    destroy\n  end\n\n  def increment_nothing\n    increment!(:id, 0)\n  end\nend\n',
  ],
  ['app/services/lead_closer.rb', 'class LeadCloser\n  def self.close(lead:, actor:)\n    return false unless lead.user_id == actor.id\n\n    lead.update(company: "closed")\n  end\nend\n'],
  ['app/services/lead_outputs.rb', 'class LeadOutputs\n  def self.count_for(lead)\n    lead.agent_outputs.where(created_at: lead.created_at..).count\n  end\nend\n'],
  ['app/services/record_toucher.rb', 'class RecordToucher\n  def perform(record)\n    record.touch\n  end\nend\n'],
  ['app/models/concerns/stats_base.rb', 'module StatsBase\n  attr_reader :resource\n\n  def initialize(resource)\n    @resource = resource\n  end\nend\n'],
  ['app/stats/lead_count_stats.rb', 'class LeadCountStats\n  include StatsBase\n\n  def total\n    leads.count\n  end\n\n  private\n\n  def leads\n    resource.leads\n  end\nend\n'],
  ['app/stats/march_lead_stats.rb', 'class MarchLeadStats\n  include StatsBase\n\n  def total\n    resource.leads.where(created_at: Time.utc(2024, 3, 1)..Time.utc(2024, 3, 31)).count\n  end\nend\n'],
  [
    'app/services/stats_report.rb',
    'class StatsReport\n  def self.build(campaign)\n    [LeadCountStats.new(campaign).total, MarchLeadStats.new(campaign).total]\n  end\n\n  def self.refresh(id, at)\n    RecordToucher.new.perform(Lead.find_by!(id: id, created_at: at))\n  end\nend\n',
  ],
  [
    'app/finders/lead_options_finder.rb',
    'class LeadOptionsFinder\n  def initialize(scope:, params:)\n    @scope = scope\n    @created_after = params.dig(:filter, :created_after)\n    @company = params.fetch(:company, nil)\n  end\n\n  def execute\n    leads = @scope\n    leads = leads.where(company: company) if company.present?\n    leads = by_created_after(leads)\n    leads.order(:id)\n  end\n\n  private\n\n  attr_reader :created_after, :company\n\n  def by_created_after(leads)\n    return leads if created_after.blank?\n\n    leads.where(created_at: created_after..)\n  end\nend\n',
  ],
  [
    'app/finders/since_finder.rb',
    'class SinceFinder\n  def initialize(scope, params = {})\n    @scope = scope\n    @params = params\n  end\n\n  def execute\n    rel = @scope\n    rel = rel.where(created_at: since..) if since.present?\n    rel.to_a\n  end\n\n  private\n\n  def since\n    @params[:filter]&.[](:since)\n  end\nend\n',
  ],
];
for (const [rel, text] of OURS) {
  fs.mkdirSync(path.dirname(path.join(app, rel)), { recursive: true });
  fs.writeFileSync(path.join(app, rel), text);
}

const FIXTURE_FILES = ['app/models/application_record.rb', 'app/models/concerns/lead_scopes.rb', 'app/models/lead.rb', 'app/models/agent_output.rb', 'app/models/campaign.rb', 'app/models/user.rb'];

let catalog: CatalogView;
let ddl = '';

void before(async () => {
  await loadEngine();
  await ensureRubyHostLoaded();
  ddl = read('db/structure.sql');
  for (const f of fs.readdirSync(path.join(fixture, 'db/migrate')).sort()) {
    for (const frag of rubyHost.sqlFragments(read(`db/migrate/${f}`), `db/migrate/${f}`)) if (frag.ddl) ddl += `\n;\n${frag.text}`;
  }
  catalog = new CatalogSnapshot(tablesFromSql(ddl).tables);
});

/** The fixture's models and our files, under one application root (the temporary one). */
function folderIndex(extra: readonly [string, string][] = []): HostIndex {
  const idx = rubyHost.createIndex!();
  for (const f of FIXTURE_FILES) idx.indexFile(path.join(app, f), read(f));
  for (const [rel, text] of [...OURS, ...extra]) idx.indexFile(path.join(app, rel), text);
  return idx;
}

const ROWS = 'Campaign.create!(id: 3, user_id: 5, name: "c"); Lead.create!(id: 1, company: "x", campaign_id: 3, user_id: 5, created_at: Time.utc(2024, 3, 5))';
const LEAD = 'lead = Lead.find_by!(id: 1, created_at: Time.utc(2024, 3, 5))';
const ours = (rel: string): { file: string; text: string } => ({ file: rel, text: OURS.find(([f]) => f === rel)![1] });

const CASES: readonly ExecutedCase[] = [
  // `self` in a model's instance method, implicit or explicit, and in an included concern's method.
  { setup: ROWS, code: `${LEAD}; lead.hide!`, checked: ours('app/models/concerns/hideable.rb') },
  { setup: ROWS, code: `${LEAD}; lead.rename("y")`, checked: ours('app/models/lead_writes.rb') },
  { setup: ROWS, code: `${LEAD}; lead.bump`, checked: ours('app/models/lead_writes.rb') },
  { setup: ROWS, code: `${LEAD}; lead.drop`, checked: ours('app/models/lead_writes.rb') },
  { setup: ROWS, code: `${LEAD}; lead.increment_nothing`, checked: ours('app/models/lead_writes.rb') },
  // A record parameter named after its model (`lead:`), or typed by its callers (`perform(record)`, a file naming no model).
  { setup: ROWS, code: `${LEAD}; LeadCloser.close(lead: lead, actor: User.new(id: 5))`, checked: ours('app/services/lead_closer.rb') },
  { setup: ROWS, code: 'StatsReport.refresh(1, Time.utc(2024, 3, 5))', checked: ours('app/services/record_toucher.rb') },
  // Its association read with the record's own partition key prunes.
  { setup: ROWS, code: `${LEAD}; LeadOutputs.count_for(lead)`, checked: ours('app/services/lead_outputs.rb') },
  // `attr_reader :resource` set by a concern's `initialize` from `Stats.new(campaign)`.
  { setup: ROWS, code: 'LeadCountStats.new(Campaign.new(id: 3, user_id: 5)).total', checked: ours('app/stats/lead_count_stats.rb') },
  { setup: ROWS, code: 'MarchLeadStats.new(Campaign.new(id: 3, user_id: 5)).total', checked: ours('app/stats/march_lead_stats.rb') },
  // A finder reading its options with `params.dig`/`fetch` from the caller's literal hash.
  { setup: ROWS, code: 'LeadOptionsFinder.new(scope: Lead.where(user_id: 5), params: { filter: { created_after: Time.utc(2024, 3, 1) } }).execute.to_a' },
  { setup: ROWS, code: 'LeadOptionsFinder.new(scope: Lead.where(user_id: 5), params: { company: "x" }).execute.to_a' },
  { setup: ROWS, code: 'opts = { filter: { created_after: Time.utc(2024, 3, 1) }, company: "x" }; LeadOptionsFinder.new(scope: Lead.all, params: opts).execute.to_a' },
  { setup: ROWS, code: 'LeadOptionsFinder.new(scope: Lead.all, params: { filter: { created_after: nil } }).execute.to_a' },
  // A private method reading the option (`@params[:filter]&.[](:since)`) decides the guard too.
  { setup: ROWS, code: 'SinceFinder.new(Lead.where(user_id: 5), { filter: { since: Time.utc(2024, 3, 1) } }).execute' },
  { setup: ROWS, code: 'SinceFinder.new(Lead.where(user_id: 5), { filter: {} }).execute' },
];

void test('record writes and params.dig options: the SQL ActiveRecord executes, EXPLAIN on every server agrees with the diagnostics', async (t) => {
  await assertExecutedAgree(t, CASES, {
    ddl,
    catalog,
    files: [...FIXTURE_FILES.map((f) => path.join(fixture, f)), ...OURS.map(([f]) => path.join(app, f))],
    index: () => folderIndex(),
    controllerFile: path.join(app, 'app/controllers/executed_controller.rb'),
  });
});

/** Tables our check flags in one file of the application (indexed with `extra` files). */
function flagged(rel: string, text: string, extra: readonly [string, string][] = []): string[] {
  const idx = folderIndex([...extra, [rel, text]]);
  return [...new Set(rubyHost.check(text, catalog, { fileName: path.join(app, rel), index: idx }).findings.map((f) => f.table))].sort();
}

void test('record writes: silent when the record or its flow cannot be known', () => {
  // A model method saving itself may be creating the row.
  assert.deepEqual(flagged('app/models/lead_save.rb', 'class Lead < ApplicationRecord\n  def publish\n    self.company = "p"\n    save!\n  end\nend\n'), []);
  // A concern no model includes.
  assert.deepEqual(flagged('app/models/concerns/unused.rb', 'module Unused\n  extend ActiveSupport::Concern\n\n  def hide!\n    update_column(:company, "hidden")\n  end\nend\n'), []);
  // A parameter whose name names no model, and callers that cannot be typed.
  assert.deepEqual(flagged('app/services/attrs.rb', 'class Attrs\n  def self.merge(record, extra)\n    record.update(extra)\n  end\nend\n', [['app/services/attrs_user.rb', 'class AttrsUser\n  def run(x)\n    Attrs.merge(x, company: "y")\n  end\nend\n']]), []);
  // Callers passing records of two models: the class is not known.
  const two: [string, string] = ['app/services/two.rb', 'class Two\n  def self.run(c, l)\n    Toucher2.new.perform(c)\n    Toucher2.new.perform(l)\n  end\nend\n'];
  assert.deepEqual(flagged('app/services/toucher2.rb', 'class Toucher2\n  def perform(record)\n    record.touch\n  end\nend\n', [two, ['app/services/two_callers.rb', 'class TwoCallers\n  def a\n    Toucher2.new.perform(Campaign.find(3))\n    Toucher2.new.perform(Lead.find(1))\n  end\nend\n']]), []);
  // A new record passed by the caller: `update` inserts it.
  assert.deepEqual(flagged('app/services/creator.rb', 'class Creator\n  def self.run(lead)\n    lead.update(company: "n")\n  end\nend\n', [['app/services/creator_user.rb', 'class CreatorUser\n  def go\n    Creator.run(Lead.new(company: "x"))\n  end\nend\n']]), []);
  // The callers' class wins over the parameter's name: a campaign written (campaigns are partitioned by user_id, so flagged), not a lead.
  assert.deepEqual(flagged('app/services/namer.rb', 'class Namer\n  def self.run(lead)\n    lead.touch\n  end\nend\n', [['app/services/namer_user.rb', 'class NamerUser\n  def go\n    Namer.run(Campaign.find(3))\n  end\nend\n']]), ['public.campaigns']);
  // `delete` with an argument is a Hash's or an Array's, never a record's (a record's `delete` takes none).
  assert.deepEqual(flagged('app/services/scrubber.rb', 'class Scrubber\n  def self.run(lead)\n    lead.delete(:token)\n  end\nend\n'), []);
  assert.deepEqual(flagged('app/services/scrubber2.rb', 'class Scrubber2\n  def self.run(lead)\n    lead.delete\n  end\nend\n'), ['public.leads']);
  // A hash we cannot see leaves the guard undecided: the path without the key is reported.
  assert.deepEqual(flagged('app/controllers/finder_controller.rb', 'class FinderController < ApplicationController\n  def index\n    @leads = LeadOptionsFinder.new(scope: Lead.all, params: params).execute\n  end\nend\n'), ['public.leads']);
});
