/**
 * The Ruby index learns files from a textual digest (no parse) and parses a file's outline on
 * first use; keystrokes in an open document move the outline, the digest and the unit list
 * instead of reading them again. These tests hold both shortcuts to what a fresh, full reading
 * of the same text gives: the same methods (name, owner, visibility, parameters, source,
 * position), the same reaching names, and the same findings after every edit.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { tablesFromSql } from '../server/src/engine/catalog/ddl';
import { CatalogSnapshot, type CatalogView } from '../server/src/engine/catalog/model';
import { loadEngine } from '../server/src/engine/index';
import { digestOf } from '../server/src/engine/host/ruby/file-digest';
import { ensureRubyHostLoaded, lastCheckPhases, rubyHost } from '../server/src/engine/host/ruby/index';
import { RubyIndex, type MethodDecl } from '../server/src/engine/host/ruby/workspace';

let catalog: CatalogView;

const DDL = `
CREATE TABLE leads (id bigint, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE leads_2024 PARTITION OF leads FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
`;

void before(async () => {
  await loadEngine();
  await ensureRubyHostLoaded();
  catalog = new CatalogSnapshot(tablesFromSql(DDL).tables);
});

const SERVICE = `module Reports
  class LeadSearch
    attr_reader :scope

    def initialize(company)
      @scope = Lead.where(company: company)
    end

    def recent(since) = scope.where(created_at: since..)

    def all_of(company)
      Lead.where(company: company).to_a # scans every partition
    end

    def by_company(c)
      Lead.where(company: c)
    end

    def format(values)
      values.map { |v| v.to_s.rjust(8, "0") }.join(", ")
    end

    private

    def helper; end

    class << self
      def build(c)
        new(c)
      end
    end
  end
end
`;

const CALLER = `class LeadsController < ApplicationController
  def index
    @leads = Reports::LeadSearch.new(params[:company]).by_company("x")
  end
end
`;

const view = (m: MethodDecl): string => `${m.owner}#${m.name} ${m.singleton} ${m.visibility} (${m.params.map((p) => `${p.kind}:${p.name}`).join(',')}) @${m.base} ${m.baseLine}:${m.baseCharacter} ${JSON.stringify(m.text)}`;

/** The methods a fresh index reads from a text (its outline parsed at once). */
function freshMethods(file: string, text: string): string[] {
  const idx = new RubyIndex();
  idx.indexFile(file, text);
  return idx.methodsOf(file).map(view);
}

void describe('the digest: no parse at index time', () => {
  void test('classes, methods (one-line and endless too), attributes and scopes are found by their text', () => {
    const d = digestOf(SERVICE + 'class Lead < ApplicationRecord\n  scope :recent, -> { where(created_at: 1.day.ago..) }\nend\n');
    assert.deepEqual([...d.classShorts].sort(), ['Lead', 'LeadSearch', 'Reports']);
    assert.deepEqual([...d.defNames].sort(), ['all_of', 'build', 'by_company', 'format', 'helper', 'initialize', 'recent', 'scope'].sort());
    assert.deepEqual(d.scopes, ['recent']);
    // Each method's extent by indentation: the endless and the one-line method end on their line.
    const regions = d.regions.map((r) => `${r.owner}#${r.name}:${SERVICE.slice(r.start, r.end).split('\n').length}`);
    assert.deepEqual(regions, ['LeadSearch#initialize:3', 'LeadSearch#recent:1', 'LeadSearch#all_of:3', 'LeadSearch#by_company:3', 'LeadSearch#format:3', 'LeadSearch#helper:1', 'LeadSearch#build:3']);
  });

  void test('a method whose end is not at its indentation runs to the end of the file (never fewer words)', () => {
    const text = 'class A\n  def x\n    Lead.where(a: 1)\n      end\n  def y\n    1\n  end\nend\n';
    const r = digestOf(text).regions.find((x) => x.name === 'x')!;
    assert.ok(text.slice(r.start, r.end).includes('Lead.where'));
  });

  void test('a file is parsed only when a lookup needs it, and then reads as a fresh index reads it', () => {
    const idx = new RubyIndex();
    idx.indexFile('/w/app/services/reports/lead_search.rb', SERVICE);
    idx.indexFile('/w/app/controllers/leads_controller.rb', CALLER);
    // Lookups by class name parse the files declaring it.
    assert.equal(idx.plainClass('LeadSearch', ['Reports']), 'Reports::LeadSearch');
    assert.equal(idx.method('Reports::LeadSearch', 'build', true)?.name, 'build');
    assert.equal(idx.method('Reports::LeadSearch', 'helper', false)?.visibility, 'private');
    assert.equal(idx.ivarAssigners('Reports::LeadSearch', '@scope'), 'initialize');
    assert.deepEqual(idx.methodsOf('/w/app/services/reports/lead_search.rb').map(view), freshMethods('/w/app/services/reports/lead_search.rb', SERVICE));
    assert.equal(idx.mayBeCalled('by_company'), true);
    assert.equal(idx.mayBeCalled('all_of'), false);
    assert.equal(idx.mayBeCalled('format'), false);
    const names = idx.namesReaching(/lead/i);
    for (const n of ['initialize', 'all_of', 'LeadSearch', 'scope', 'index']) assert.ok(names.has(n), n);
    assert.ok(!names.has('format'));
    // The controller's findings are the same as with every file parsed up front.
    const lazy = new RubyIndex();
    const eager = new RubyIndex();
    for (const ix of [lazy, eager]) {
      ix.indexFile('/w/app/services/reports/lead_search.rb', SERVICE);
      ix.indexFile('/w/app/controllers/leads_controller.rb', CALLER);
    }
    eager.methodsOf('/w/app/services/reports/lead_search.rb');
    eager.methodsOf('/w/app/controllers/leads_controller.rb');
    const run = (ix: RubyIndex): string[] => rubyHost.check(CALLER, catalog, { fileName: '/w/app/controllers/leads_controller.rb', index: ix }).findings.map((f) => `${CALLER.slice(f.start, f.end)} ${f.code}`);
    const found = run(lazy);
    assert.deepEqual(found, run(eager));
    assert.equal(found.length, 1, 'the relation by_company returns runs in the controller');
  });
});

void describe('keystrokes move what an edit left alone', () => {
  void test('after each edit, the methods and findings equal those of a fresh reading of the same text', () => {
    const file = '/k/app/services/reports/lead_search.rb';
    const idx = rubyHost.createIndex!() as RubyIndex;
    idx.indexFile(file, SERVICE);
    let text = SERVICE;
    const at = (needle: string, after = 0): number => {
      const i = text.indexOf(needle, after);
      assert.ok(i >= 0, needle);
      return i;
    };
    // Typing in a method body, a comment after `end`, a new line in a body, a new method, a rename.
    const edits: [number, number, string][] = [];
    const reused: boolean[] = [];
    rubyHost.check(text, catalog, { fileName: file, index: idx });
    const steps: (() => [number, number, string])[] = [
      () => [at('.to_a') + 5, at('.to_a') + 5, '.first'],
      () => [at('end', at('def all_of')) + 3, at('end', at('def all_of')) + 3, ' # done'],
      () => [at('values.map'), at('values.map'), 'x = 1\n      '],
      () => [at('Lead.where(company: company).to_a'), at('Lead.where(company: company).to_a'), 'Lead.where(company: "y").count\n      '],
      () => [at('    private'), at('    private'), '    def extra\n      Lead.where(company: 1).to_a\n    end\n\n'],
      () => [at('def helper') + 4, at('def helper') + 10, 'helper2'],
      () => [at('rjust(8'), at('rjust(8') + 7, 'ljust(9'],
    ];
    for (const step of steps) {
      const [s, e, ins] = step();
      edits.push([s, e, ins]);
      text = text.slice(0, s) + ins + text.slice(e);
      const got = rubyHost.check(text, catalog, { fileName: file, index: idx }).findings.map((f) => `${f.start}-${f.end} ${f.code}`);
      reused.push(lastCheckPhases.reusedUnits);
      const fresh = rubyHost.createIndex!();
      const want = rubyHost.check(text, catalog, { fileName: '/k/app/services/reports/lead_search_fresh.rb', index: fresh }).findings.map((f) => `${f.start}-${f.end} ${f.code}`);
      assert.deepEqual(got, want, `findings after edit ${edits.length}`);
      assert.deepEqual(idx.methodsOf(file).map(view), freshMethods(file, text), `methods after edit ${edits.length}`);
    }
    assert.ok(text.includes('helper2') && text.includes('def extra'));
    // Only the new method (a line outside every unit) made the unit list be collected again.
    assert.deepEqual(reused, [true, true, true, true, false, true, true]);
  });
});

void describe('word counts after edits', () => {
  void test('whether a method may be called follows typing its name in and out, as a fresh index says', () => {
    const file = '/c/app/services/caller.rb';
    const idx = rubyHost.createIndex!() as RubyIndex;
    idx.indexFile('/c/app/services/reports/lead_search.rb', SERVICE);
    // Database code keeps the check (and so the incremental re-indexing) going.
    let text = 'class Caller\n  def run\n    x = 1\n    Lead.where(created_at: 1.day.ago..).to_a\n  end\nend\n';
    const steps = ['x = by_company', 'x = by_company; by_company', 'x = 2', 'x = by_company'];
    for (const s of steps) {
      text = text.replace(/x = [^\n]*/, s);
      rubyHost.check(text, catalog, { fileName: file, index: idx });
      const fresh = new RubyIndex();
      fresh.indexFile('/c/app/services/reports/lead_search.rb', SERVICE);
      fresh.indexFile(file, text);
      assert.equal(idx.mayBeCalled('by_company'), fresh.mayBeCalled('by_company'), s);
      assert.equal(idx.mayBeCalled('by_company'), s !== 'x = 2', s);
    }
  });
});
