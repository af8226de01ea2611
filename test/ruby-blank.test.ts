/**
 * Method bodies a Ruby check leaves out of its parse (`ruby/blank.ts`): which bodies the line scan
 * accepts, that the tree without them has the outline and units of the full tree, that a check
 * really parses without them and finds what a full parse finds, and that a body left out once is
 * read when its unit becomes relevant later (another file changed; the kept tree is not reused).
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { CatalogView } from '../server/src/engine/catalog/model';
import { blankableMethods, blankedMethodsAgree, methodRanges } from '../server/src/engine/host/ruby/blank';
import { rubyHost, rubyQueries } from '../server/src/engine/host/ruby/index';
import { copyOutline, type RNode } from '../server/src/engine/host/ruby/syntax';
import { collectUnits, forgetTree, keptTree } from '../server/src/engine/host/ruby/units';
import { parserFor } from '../server/src/engine/host/treesitter';
import { abs, loadRailsFixture, railsFolderIndex, rubyLines as lines } from './helpers/rails-fixture';

let catalog: CatalogView;

void before(async () => {
  ({ catalog } = await loadRailsFixture());
});

/** Plain helper methods (no database code) that bring a file over the size worth leaving bodies out of. */
const FILLER = Array.from({ length: 12 }, (_, i) => [
  '',
  `  def format_${i}(values, factor = ${i + 2})`,
  `    values.map { |v| (v.to_i * factor).to_s.rjust(8, "0") }.select { |s| s.size > ${i} }.join(", ")`,
  '  end',
]).flat();

const everything = (): boolean => true;
const bodies = (text: string, unread: (t: string) => boolean = everything): string[] => blankableMethods(text, unread).map((m) => text.slice(m.def, m.bodyStart).trim());

describe('Ruby bodies left out of the parse: the line scan', () => {
  test('plain bodies are left out, with modifiers, blocks that close, comments and appends', () => {
    const text = lines(
      'class Report',
      '  def plain(rows)',
      '    total = rows.sum { |r| r[:n] } # the count',
      '    return 0 if total.zero?',
      '    rows.each do |r|',
      '      if r[:n] > 1',
      '        out << r',
      '      end',
      '    end',
      '    total / 2',
      '  end',
      ...FILLER,
      'end',
    );
    assert.deepEqual(bodies(text).slice(0, 2), ['def plain(rows)', 'def format_0(values, factor = 2)']);
    assert.equal(bodies(text).length, 13);
  });

  test('the caller decides: a body its unit would evaluate stays', () => {
    const text = lines('class Report', '  def leads', '    Lead.where(company: "x").to_a', '  end', ...FILLER, 'end');
    assert.ok(!bodies(text, (t) => !t.includes('Lead')).includes('def leads'));
    assert.ok(bodies(text).includes('def leads'));
  });

  test('bodies the scan cannot vouch for stay: heredocs, regular expressions, strings over lines, open blocks, nested or block-held defs', () => {
    const kept = (...body: string[]): boolean => !bodies(lines('class Report', '  def odd(x)', ...body.map((l) => `    ${l}`), '  end', ...FILLER, 'end')).includes('def odd(x)');
    assert.ok(kept('sql = <<~SQL', '  SELECT 1', 'SQL'));
    assert.ok(kept('x =~ /end/'));
    assert.ok(kept('%w[a b].include?(x)'));
    assert.ok(kept('"first', 'second"'));
    assert.ok(kept('y = if x', '  1'));
    assert.ok(kept('def inner', '  1', 'end'));
    assert.ok(kept('tag.del(&)'));
    assert.ok(kept('`ls`'));
    const inBlock = lines('module Flaggable', '  class_methods do', '    def flagged(rows)', '      rows.select { |r| r }', '    end', '  end', ...FILLER, 'end');
    assert.ok(!bodies(inBlock).includes('def flagged(rows)'));
  });

  test('small files are parsed whole', () => {
    assert.deepEqual(bodies(lines('class A', '  def a', '    1', '  end', 'end')), []);
  });
});

/** A plain copy of an outline (comments aside: the outline never reads them). */
function shape(n: RNode): unknown {
  return [n.type, n.start, n.end, n.field, n.hasError, n.children.filter((c) => c.type !== 'comment').map(shape)];
}

describe('Ruby bodies left out of the parse: the tree', () => {
  test('the tree without the bodies has the outline and units of the full tree', () => {
    const text = lines(
      'module Admin',
      '  class Report',
      '    def self.build(rows)',
      '      rows.map { |r| r * 2 } unless rows.empty?',
      '    end',
      '',
      '    class << self',
      '      def cached(key)',
      '        store[key] ||= key.to_s',
      '      end',
      '    end',
      ...FILLER.map((l) => (l ? `  ${l}` : l)),
      '  end',
      'end',
    );
    const methods = blankableMethods(text, everything);
    assert.equal(methods.length, 14);
    const parser = parserFor('ruby');
    const full = parser.parse(text)!;
    const blanked = parser.parse(text, null, { includedRanges: methodRanges(text, methods) })!;
    try {
      assert.ok(blankedMethodsAgree(blanked, methods));
      assert.deepEqual(shape(copyOutline(blanked.rootNode)), shape(copyOutline(full.rootNode)));
      const units = (t: typeof full): unknown => collectUnits(text, t, false).map((u) => [u.start, u.end, u.nesting, u.role, u.singleton]);
      assert.deepEqual(units(blanked), units(full));
    } finally {
      full.delete();
      blanked.delete();
    }
  });

  test('a method the scan placed wrongly makes the whole file parsed in full', () => {
    const text = lines('class Report', ...FILLER, 'end');
    const methods = blankableMethods(text, everything);
    const wrong = methods.map((m, i) => (i === 0 ? { ...m, end: m.end - 1 } : m));
    const tree = parserFor('ruby').parse(text, null, { includedRanges: methodRanges(text, methods) })!;
    try {
      assert.ok(blankedMethodsAgree(tree, methods));
      assert.ok(!blankedMethodsAgree(tree, wrong));
    } finally {
      tree.delete();
    }
  });
});

describe('Ruby bodies left out of the parse: checks', () => {
  const SERVICE = 'app/services/blank_report_service.rb';
  const service = lines(
    'class BlankReportService',
    '  def run(company)',
    '    Lead.where(company: company).to_a',
    '  end',
    '',
    '  def archived',
    '    Stash.fresh_rows.to_a',
    '  end',
    ...FILLER,
    'end',
  );
  const ARCHIVE = 'app/services/stash.rb';
  const quietArchive = lines('class Stash', '  def self.fresh_rows', '    []', '  end', 'end');
  const leadArchive = lines('class Stash', '  def self.fresh_rows', '    Lead.where(company: "x")', '  end', 'end');

  const findings = (idx: ReturnType<typeof railsFolderIndex>): string[] =>
    rubyHost.check(service, catalog, { fileName: abs(SERVICE), index: idx }).findings.map((f) => `${f.table} ${service.slice(f.start, f.end)}`);

  test('a check parses without the bodies it does not read, and finds what a full parse finds', () => {
    const idx = railsFolderIndex({ [SERVICE]: service, [ARCHIVE]: quietArchive });
    forgetTree(abs(SERVICE));
    const found = findings(idx);
    const tree = keptTree(abs(SERVICE), service);
    assert.ok(tree);
    const helper = service.indexOf('def format_0');
    assert.equal(tree.rootNode.descendantForIndex(helper, helper + 3)?.parent?.childForFieldName('body'), null);
    const run = service.indexOf('def run');
    assert.notEqual(tree.rootNode.descendantForIndex(run, run + 3)?.parent?.childForFieldName('body'), null);
    assert.equal(found.length, 1);
    assert.equal(found[0], 'public.leads Lead');
    // rubyQueries parses the whole text: the same query sites.
    assert.equal(rubyQueries(service, abs(SERVICE), idx).sites.length, 1);
    forgetTree(abs(SERVICE));
  });

  test('a body left out is read once another file makes its unit relevant (same text, kept tree not reused)', () => {
    const idx = railsFolderIndex({ [SERVICE]: service, [ARCHIVE]: quietArchive });
    forgetTree(abs(SERVICE));
    assert.equal(findings(idx).length, 1);
    const archived = service.indexOf('def archived');
    assert.equal(keptTree(abs(SERVICE), service)?.rootNode.descendantForIndex(archived, archived + 3)?.parent?.childForFieldName('body'), null);
    idx.indexFile(abs(ARCHIVE), leadArchive);
    const after = findings(idx);
    const fresh = railsFolderIndex({ [SERVICE]: service, [ARCHIVE]: leadArchive });
    forgetTree(abs(SERVICE));
    assert.deepEqual(after, findings(fresh));
    assert.ok(after.includes('public.leads fresh_rows'), after.join('\n'));
    forgetTree(abs(SERVICE));
  });
});
