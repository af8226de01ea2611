/**
 * The Ruby host's per-folder index (`createIndex`): two folders never share models or methods,
 * `dependentsOf` names the files to re-check when a model/scope/service file changes,
 * `generation` moves with what the index knows; and an internal error is thrown, not swallowed.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { tablesFromSql } from '../server/src/engine/catalog/ddl';
import { CatalogSnapshot, type CatalogView } from '../server/src/engine/catalog/model';
import { checkFile, loadEngine } from '../server/src/engine/index';
import { ensureRubyHostLoaded, rubyHost } from '../server/src/engine/host/ruby/index';
import type { HostIndex } from '../server/src/engine/host/types';

let catalog: CatalogView;

const DDL = `
CREATE TABLE leads (id bigint, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE leads_2024 PARTITION OF leads FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE sales_leads (id bigint, company text, region text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE sales_leads_eu PARTITION OF sales_leads FOR VALUES IN ('eu');
`;

void before(async () => {
  await loadEngine();
  await ensureRubyHostLoaded();
  catalog = new CatalogSnapshot(tablesFromSql(DDL).tables);
});

const tables = (text: string, index: HostIndex, fileName = '/a/app/services/q.rb'): string[] =>
  rubyHost.check(text, catalog, { fileName, index }).findings.map((f) => `${f.table} ${text.slice(f.start, f.end)}`);

void describe('one index per workspace folder', () => {
  void test('a model in one folder does not change how another folder reads the same constant', () => {
    const a = rubyHost.createIndex!();
    const b = rubyHost.createIndex!();
    b.indexFile('/b/app/models/lead.rb', 'class Lead < ApplicationRecord\n  self.table_name = "sales_leads"\nend\n');
    const q = 'Lead.where(company: "x").to_a\n';
    assert.deepEqual(tables(q, a), ['public.leads Lead']);
    assert.deepEqual(tables(q, b, '/b/app/services/q.rb'), ['public.sales_leads Lead']);
    // A scope declared only in folder b is unknown in folder a (no query there: we cannot see it).
    b.indexFile('/b/app/models/lead.rb', 'class Lead < ApplicationRecord\n  self.table_name = "sales_leads"\n  scope :eu, -> { where(region: "eu") }\nend\n');
    assert.deepEqual(tables('Lead.eu.to_a\n', b, '/b/app/services/q.rb'), []);
    assert.deepEqual(tables('Lead.eu.where(company: 1).to_a\n', a), []);
  });

  void test('generation moves when the index learns or forgets something, not on a repeat', () => {
    const idx = rubyHost.createIndex!();
    const g0 = idx.generation;
    idx.indexFile('/a/app/models/lead.rb', 'class Lead < ApplicationRecord\nend\n');
    const g1 = idx.generation;
    assert.ok(g1 > g0);
    idx.indexFile('/a/app/models/lead.rb', 'class Lead < ApplicationRecord\nend\n');
    assert.equal(idx.generation, g1);
    idx.removeFile('/a/app/models/lead.rb');
    assert.ok(idx.generation > g1);
  });

  void test('dependentsOf: files that use a model, scope or service method the changed file declares', () => {
    const idx = rubyHost.createIndex!();
    idx.indexFile('/a/app/models/lead.rb', 'class Lead < ApplicationRecord\n  scope :recent, -> { where(created_at: 1.month.ago..) }\nend\n');
    idx.indexFile('/a/app/services/lead_search.rb', 'class LeadSearch\n  def microsoft_leads\n    Lead.where(company: "Microsoft")\n  end\nend\n');
    idx.indexFile('/a/app/controllers/leads_controller.rb', 'class LeadsController < ApplicationController\n  def index\n    @leads = LeadSearch.new.microsoft_leads\n  end\nend\n');
    idx.indexFile('/a/app/controllers/home_controller.rb', 'class HomeController < ApplicationController\n  def index\n    @x = Lead.recent\n  end\nend\n');
    idx.indexFile('/a/lib/unrelated.rb', 'module Unrelated\n  def self.add(a, b) = a + b\nend\n');
    assert.deepEqual([...idx.dependentsOf!('/a/app/services/lead_search.rb')].sort(), ['/a/app/controllers/leads_controller.rb']);
    assert.deepEqual([...idx.dependentsOf!('/a/app/models/lead.rb')].sort(), [
      '/a/app/controllers/home_controller.rb',
      '/a/app/controllers/leads_controller.rb',
      '/a/app/services/lead_search.rb',
    ]);
    assert.deepEqual(idx.dependentsOf!('/a/lib/unrelated.rb'), []);
  });

  void test('claimed files: every Ruby file (absolute paths anywhere, /tmp included) except migrations and the schema', () => {
    assert.equal(rubyHost.claimsFile!('/tmp/ws/app/services/lead_search.rb'), true);
    assert.equal(rubyHost.claimsFile!('/home/u/app/app/models/lead.rb'), true);
    assert.equal(rubyHost.claimsFile!('/home/u/app/lib/tasks/leads.rake'), true);
    assert.equal(rubyHost.claimsFile!('/home/u/app/db/migrate/20240101000000_create_leads.rb'), false);
    assert.equal(rubyHost.claimsFile!('/home/u/app/db/schema.rb'), false);
    assert.equal(rubyHost.claimsFile!('/home/u/app/db/structure.sql'), false);
  });

  void test('an index made by another host module is refused loudly', () => {
    const foreign: HostIndex = { indexFile: () => undefined, removeFile: () => undefined, generation: 0 };
    assert.throws(() => rubyHost.check('Lead.where(company: 1).to_a\n', catalog, { fileName: '/a/x.rb', index: foreign }), /another host module/);
  });
});

void describe('uniform failure', () => {
  void test('an internal error while analysing a Ruby file is thrown and checkFile reports the file as not analysed', () => {
    // A catalog that fails when the analysis looks a table up: before, the Ruby host swallowed
    // this and returned no findings, hiding the problem.
    const broken: CatalogView = new Proxy(catalog, {
      get(target, prop, receiver) {
        if (prop === 'lookup') return () => { throw new Error('forced failure in lookup'); };
        const v: unknown = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const text = 'Lead.where(company: "x").to_a\n';
    assert.throws(() => rubyHost.check(text, broken, { fileName: '/a/app/x.rb' }), /forced failure in lookup/);
    const r = checkFile('/a/app/x.rb', text, broken);
    assert.deepEqual(r.findings, []);
    assert.match(r.internalError ?? '', /forced failure in lookup/);
    // The same text with a working catalog is analysed normally.
    assert.equal(checkFile('/a/app/x.rb', text, catalog).internalError, undefined);
  });
});

void describe('bugs of the analysis are not unreadable files', () => {
  void test('a TypeError while indexing a file is thrown (reported as "indexing failed"); a parser failure only skips the file', () => {
    const idx = rubyHost.createIndex!();
    const model = 'class Lead < ApplicationRecord\n  scope :open, -> { where(company: nil) }\nend\n';
    // The index's name pool is read while the file's digest is made: a fault there stands for any bug of that code.
    const pool = idx as unknown as { pooled: (w: string) => string };
    pool.pooled = () => {
      throw new TypeError('forced bug');
    };
    assert.throws(() => idx.indexFile('/a/app/models/lead.rb', model), /forced bug/);
    pool.pooled = () => {
      throw new Error('the ruby parser failed on this document');
    };
    assert.doesNotThrow(() => idx.indexFile('/a/app/models/lead.rb', model));
  });
});
