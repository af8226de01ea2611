/**
 * Relations followed across methods and files on the fixture Rails application: built in a
 * service, refined or run by a helper, executed by a controller (instance variables, `render`),
 * concern scopes. Exact ranges and related locations; callers that add the key get nothing.
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

const root = path.join(import.meta.dirname, 'fixtures', 'rails');
const abs = (rel: string): string => path.join(root, rel);
const read = (rel: string): string => fs.readFileSync(abs(rel), 'utf8');

let catalog: CatalogView;

function buildCatalog(): CatalogView {
  let ddl = read('db/structure.sql');
  for (const f of fs.readdirSync(abs('db/migrate')).sort()) {
    for (const frag of rubyHost.sqlFragments(read(`db/migrate/${f}`), `db/migrate/${f}`)) if (frag.ddl) ddl += `\n;\n${frag.text}`;
  }
  return new CatalogSnapshot(tablesFromSql(ddl).tables);
}

/** A fresh folder index with every Ruby file of the fixture application the host claims. */
function folderIndex(): HostIndex {
  const idx = rubyHost.createIndex!();
  for (const f of fs.readdirSync(root, { recursive: true }) as string[]) {
    if (rubyHost.claimsFile!(abs(f))) idx.indexFile(abs(f), read(f));
  }
  return idx;
}

/** `line:col-line:col code text` (1-based), then each related location as `  → file line:col-line:col message`. */
function describeFindings(text: string, findings: readonly Finding[]): string[] {
  const li = new LineIndex(text);
  const out: string[] = [];
  for (const f of findings) {
    const s = li.position(f.start);
    const e = li.position(f.end);
    out.push(`${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${f.code} ${f.table} ${text.slice(f.start, f.end)}`);
    for (const r of f.related ?? []) {
      if (r.kind === 'here') {
        const rs = li.position(r.start);
        const re = li.position(r.end);
        out.push(`  → here ${rs.line + 1}:${rs.character + 1}-${re.line + 1}:${re.character + 1} ${r.message}`);
      } else out.push(`  → ${path.relative(root, r.fileName)} ${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1} ${r.message}`);
    }
  }
  return out;
}

function checkIn(idx: HostIndex, rel: string, text = read(rel)): string[] {
  return describeFindings(text, rubyHost.check(text, catalog, { fileName: abs(rel), index: idx }).findings);
}

void before(async () => {
  await loadEngine();
  await ensureRubyHostLoaded();
  catalog = buildCatalog();
});

void describe('relations followed across methods and files', () => {
  void test('the controller: judged where it runs, with where the relation was created and refined', () => {
    const idx = folderIndex();
    assert.deepEqual(checkIn(idx, 'app/controllers/leads_controller.rb'), [
      // The seed case: `@leads = LeadSearchService.new.microsoft_leads.limit(50)`.
      '6:36-6:51 partition-key-missing public.leads microsoft_leads',
      '  → app/services/lead_search_service.rb 6:5-6:9 relation created here (Lead)',
      '  → app/services/lead_search_service.rb 6:10-6:37 refined here (.where)',
      // `render json: LeadSearchService.by_company(…)`: a class method calling `new.for_company`.
      '18:36-18:46 partition-key-missing public.leads by_company',
      '  → app/services/lead_search_service.rb 14:5-14:9 relation created here (Lead)',
      '  → app/services/lead_search_service.rb 14:10-14:30 refined here (.where)',
      // A helper that forgets the key the caller added.
      '26:40-26:44 partition-key-missing public.leads Lead',
      '  → app/services/lead_filters.rb 10:9-10:36 refined here (.unscope)',
      // A helper that runs the relation it is given.
      '30:21-30:25 partition-key-missing public.leads Lead',
      '  → app/services/lead_filters.rb 14:5-14:13 executed here',
      // A concern scope without the key (`named`); `january.named` and `recent_for` have it.
      '39:14-39:18 partition-key-missing public.leads Lead',
    ]);
  });

  void test('the service: a relation run inside it, and one returned from a public method nothing calls', () => {
    const idx = folderIndex();
    assert.deepEqual(checkIn(idx, 'app/services/lead_search_service.rb'), [
      '22:5-22:16 partition-key-missing public.leads for_company',
      '  → app/services/lead_search_service.rb 14:5-14:9 relation created here (Lead)',
      '  → app/services/lead_search_service.rb 14:10-14:30 refined here (.where)',
      '26:5-26:9 partition-key-missing public.leads Lead',
      '  → here 25:7-25:20 returned from the public method `unused_export`, which nothing in the workspace calls: it runs where it is built',
    ]);
    // Helpers, service objects and concerns report nothing on their own.
    for (const f of ['app/services/lead_filters.rb', 'app/services/monthly_leads.rb', 'app/models/concerns/lead_scopes.rb']) assert.deepEqual(checkIn(idx, f), [], f);
  });

  void test('two files: the finding follows the service when it changes (same folder index)', () => {
    const idx = folderIndex();
    const service = 'app/services/lead_search_service.rb';
    const controller = 'app/controllers/leads_controller.rb';
    assert.ok(checkIn(idx, controller).includes('6:36-6:51 partition-key-missing public.leads microsoft_leads'));
    assert.ok(idx.dependentsOf!(abs(service)).includes(abs(controller)));
    const g = idx.generation;
    // The service now filters on the partition key: the controller has nothing to report there.
    const fixed = read(service).replace('Lead.where(company: "Microsoft")\n', 'Lead.where(company: "Microsoft", created_at: 1.month.ago..)\n');
    idx.indexFile(abs(service), fixed);
    assert.ok(idx.generation > g);
    assert.ok(!checkIn(idx, controller).some((l) => l.startsWith('6:')), 'the key added in the service clears the caller');
    // And back.
    idx.indexFile(abs(service), read(service));
    assert.ok(checkIn(idx, controller).includes('6:36-6:51 partition-key-missing public.leads microsoft_leads'));
  });

  void test('every visible caller adds the key: nothing is reported, neither at the callers nor where it is built', () => {
    const idx = rubyHost.createIndex!();
    const svc = ['class Finder', '  def by_company(c)', '    Lead.where(company: c)', '  end', 'end', ''].join('\n');
    const caller = [
      'class ReportsController < ApplicationController',
      '  def index',
      '    @a = Finder.new.by_company(params[:c]).where(created_at: 1.day.ago..)',
      '    @b = Finder.new.by_company("x").where(created_at: 1.week.ago..).count',
      '  end',
      'end',
      '',
    ].join('\n');
    idx.indexFile('/w/app/services/finder.rb', svc);
    idx.indexFile('/w/app/controllers/reports_controller.rb', caller);
    assert.deepEqual(describeFindings(caller, rubyHost.check(caller, catalog, { fileName: '/w/app/controllers/reports_controller.rb', index: idx }).findings), []);
    assert.deepEqual(describeFindings(svc, rubyHost.check(svc, catalog, { fileName: '/w/app/services/finder.rb', index: idx }).findings), []);
    // Without the callers, the service's public method leaks the relation: reported where built.
    idx.removeFile('/w/app/controllers/reports_controller.rb');
    assert.deepEqual(describeFindings(svc, rubyHost.check(svc, catalog, { fileName: '/w/app/services/finder.rb', index: idx }).findings), [
      '3:5-3:9 partition-key-missing public.leads Lead',
      '  → here 2:7-2:17 returned from the public method `by_company`, which nothing in the workspace calls: it runs where it is built',
    ]);
  });

  void test('same-class methods, self.meth, and the seed forms that are not flagged', () => {
    const idx = rubyHost.createIndex!();
    const text = [
      'class Dashboard',
      '  def show',
      '    base.where(company: "Microsoft").to_a',
      '    self.base.where("created_at >= ?", 1.month.ago).to_a',
      '    Lead.where("created_at >= ?", 1.month.ago).to_a',
      '    Lead.where(company: "Microsoft").where("created_at >= ?", 1.month.ago).to_a',
      '    helper_rel.to_a',
      '  end',
      '',
      '  private',
      '',
      '  def base = Lead.all',
      '',
      '  def helper_rel',
      '    return Lead.none if ENV["X"]',
      '    Lead.where(company: "y")',
      '  end',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(
      describeFindings(text, rubyHost.check(text, catalog, { fileName: '/w/app/models/dashboard.rb', index: idx }).findings).filter((l) => !l.startsWith('  →')),
      ['3:5-3:9 partition-key-missing public.leads base', '7:5-7:15 partition-key-missing public.leads helper_rel'],
    );
  });

  void test('precision: what we cannot see stays quiet', () => {
    const idx = rubyHost.createIndex!();
    const text = [
      'class Q',
      '  def a(rel) = rel.where(company: 1).to_a', // a relation from an unknown caller
      '  def b = Unknown.new.leads.to_a', // a class the workspace does not declare
      '  def c = dynamic_rel.to_a', // a method that does not exist in the class
      '  def d(*args) = Q.new.e(*args).to_a', // splat arguments: not bound
      '  def e(x) = x',
      '  def f = g.to_a', // recursion
      '  def g = f',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(rubyHost.check(text, catalog, { fileName: '/w/app/services/q.rb', index: idx }).findings, []);
  });
});

void describe('association proxies', () => {
  /** Models of a small GitLab-like application (partitioned by a partition_id) plus the fixture's. */
  const PIPELINE_DDL = `
CREATE TABLE p_ci_pipelines (id bigint NOT NULL, partition_id bigint NOT NULL, project_id bigint) PARTITION BY LIST (partition_id);
CREATE TABLE p_ci_pipelines_100 PARTITION OF p_ci_pipelines FOR VALUES IN (100);
CREATE TABLE p_ci_builds (id bigint NOT NULL, partition_id bigint NOT NULL, commit_id bigint, name text) PARTITION BY LIST (partition_id);
CREATE TABLE p_ci_builds_100 PARTITION OF p_ci_builds FOR VALUES IN (100);
CREATE TABLE p_ci_stages (id bigint NOT NULL, partition_id bigint NOT NULL, pipeline_id bigint) PARTITION BY LIST (partition_id);
CREATE TABLE p_ci_stages_100 PARTITION OF p_ci_stages FOR VALUES IN (100);
`;
  const MODELS: Record<string, string> = {
    '/g/app/models/ci/pipeline.rb': [
      'module Ci',
      '  class Pipeline < ApplicationRecord',
      '    self.table_name = "p_ci_pipelines"',
      '    query_constraints :id, :partition_id',
      '    has_many :stages',
      '    has_many :builds, ->(pipeline) { in_partition(pipeline) }, foreign_key: :commit_id',
      '    has_many :unscoped_builds, foreign_key: :commit_id, class_name: "Ci::Build"',
      '    has_many :keyed_builds, foreign_key: [:partition_id, :commit_id], primary_key: [:partition_id, :id], class_name: "Ci::Build"',
      '  end',
      'end',
      '',
    ].join('\n'),
    '/g/app/models/ci/build.rb': [
      'module Ci',
      '  class Build < ApplicationRecord',
      '    self.table_name = "p_ci_builds"',
      '    scope :in_partition, ->(owner) { where(partition_id: owner.partition_id) }',
      '    belongs_to :pipeline, foreign_key: :commit_id',
      '',
      '    def siblings',
      '      pipeline.unscoped_builds.where(name: name).to_a',
      '    end',
      '  end',
      'end',
      '',
    ].join('\n'),
    '/g/app/models/ci/stage.rb': 'module Ci\n  class Stage < ApplicationRecord\n    self.table_name = "p_ci_stages"\n  end\nend\n',
  };

  void test('a record named after its model: the proxy is the SQL ActiveRecord sends, judged on every table', () => {
    const idx = folderIndex();
    const text = [
      'class CampaignLeadsController < ApplicationController',
      '  def index(campaign, user)',
      '    @leads = campaign.leads.where(company: params[:c])',
      '    @recent = campaign.recent_leads',
      '    @windowed = @campaign.leads.where(created_at: 1.day.ago..)',
      '    @campaigns = current_user.campaigns',
      '    @through = user.leads',
      '    @outputs = Lead.find(params[:id]).agent_outputs',
      '    @same_day = Lead.find_by(id: 1, created_at: 1.day.ago..).same_day_outputs',
      '    @owner = lead.campaign',
      '  end',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(
      describeFindings(text, rubyHost.check(text, catalog, { fileName: abs('app/controllers/campaign_leads_controller.rb'), index: idx }).findings),
      [
        '3:23-3:28 partition-key-missing public.leads leads', // WHERE leads.campaign_id = $1 AND company = $2
        '7:21-7:26 partition-key-missing public.leads leads', // through campaigns: campaigns pruned by user_id, leads not
        '8:16-8:20 partition-key-missing public.leads Lead', // find(id) on leads
        '8:39-8:52 partition-key-missing public.agent_outputs agent_outputs', // WHERE agent_outputs.lead_id = $1
        // Line 9: find_by with the key, then an association scope with the key: nothing.
        '10:19-10:27 partition-key-missing public.campaigns campaign', // belongs_to loads campaigns by id only (HASH user_id)
      ],
    );
  });

  void test('in a model instance method, an association of self; GitLab-style keys carried by the association are not flagged', () => {
    const cat = new CatalogSnapshot(tablesFromSql(PIPELINE_DDL).tables);
    const idx = rubyHost.createIndex!();
    for (const [f, t] of Object.entries(MODELS)) idx.indexFile(f, t);
    const text = [
      'module Ci',
      '  class PipelinesController < ApplicationController',
      '    def show(pipeline)',
      '      @stages = pipeline.stages', // query_constraints: WHERE pipeline_id = $1 AND partition_id = $2
      '      @builds = pipeline.builds', // scope lambda in_partition(pipeline)
      '      @keyed = pipeline.keyed_builds', // composite foreign key with partition_id
      '      @loose = pipeline.unscoped_builds', // an explicit foreign key (commit_id) only: every partition
      '    end',
      '  end',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(describeFindings(text, rubyHost.check(text, cat, { fileName: '/g/app/controllers/ci/pipelines_controller.rb', index: idx }).findings), [
      '7:25-7:40 partition-key-missing public.p_ci_builds unscoped_builds',
    ]);
    // Inside Ci::Build#siblings: `pipeline` is the belongs_to (loaded by id only: Pipeline has
    // query_constraints, so ActiveRecord 7.1 adds partition_id), then a has_many without the key.
    const build = MODELS['/g/app/models/ci/build.rb']!;
    assert.deepEqual(describeFindings(build, rubyHost.check(build, cat, { fileName: '/g/app/models/ci/build.rb', index: idx }).findings), [
      '8:16-8:31 partition-key-missing public.p_ci_builds unscoped_builds',
    ]);
  });

  void test('precision: unknown receivers, plural names and undeclared models stay quiet', () => {
    const idx = folderIndex();
    const text = [
      'def show(campaigns, thing, order)',
      '  campaigns.leads.to_a', // a collection, not a record
      '  thing.leads.to_a', // no model named Thing
      '  order.leads.to_a', // a model not declared in the workspace
      '  campaign.unknown_assoc.to_a', // not an association of Campaign
      'end',
      '',
    ].join('\n');
    assert.deepEqual(rubyHost.check(text, catalog, { fileName: abs('app/services/p.rb'), index: idx }).findings, []);
  });
});

void describe('editing a document whose findings depend on its own methods', () => {
  void test('typing inside a method keeps the findings right; `private` above a method ends its exposure', () => {
    const idx = rubyHost.createIndex!();
    const file = '/w/app/services/typing.rb';
    const check = (text: string): string[] => describeFindings(text, rubyHost.check(text, catalog, { fileName: file, index: idx }).findings).filter((l) => !l.startsWith('  →'));
    const v1 = ['class Typing', '  def a', '    Lead.where(company: "x")', '  end', '', '  def b', '    base.count', '  end', '', '  def base = Lead.all', 'end', ''].join('\n');
    // `a` leaks its relation (nothing calls it); `base` is judged where `b` runs it.
    assert.deepEqual(check(v1), ['3:5-3:9 partition-key-missing public.leads Lead', '7:5-7:9 partition-key-missing public.leads base']);
    // An edit inside `a` (the unit list is reused): same findings, same places.
    const v2 = v1.replace('company: "x"', 'company: "xyz"');
    assert.deepEqual(check(v2), ['3:5-3:9 partition-key-missing public.leads Lead', '7:5-7:9 partition-key-missing public.leads base']);
    // The key added inside `base` reaches `b`, which calls it.
    const v3 = v2.replace('def base = Lead.all', 'def base = Lead.where(created_at: 1.day.ago..)');
    assert.deepEqual(check(v3), ['3:5-3:9 partition-key-missing public.leads Lead']);
    // `private` above `a`: nothing outside can call it, nothing runs its relation.
    const v4 = v3.replace('  def a\n', '  private\n\n  def a\n');
    assert.deepEqual(check(v4), []);
    // Same results as a fresh index.
    const fresh = rubyHost.createIndex!();
    assert.deepEqual(rubyHost.check(v4, catalog, { fileName: file, index: fresh }).findings, rubyHost.check(v4, catalog, { fileName: file, index: idx }).findings);
  });
});
