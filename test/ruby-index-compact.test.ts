/**
 * The Ruby folder index keeps little per file on a large workspace: a file's distinct words as
 * a list (its word counts are made again from its text when it is replaced, and kept only for a
 * file edited in place), method regions found on first use, and files by word without a set for
 * a word only one file has. These tests hold every mix of those forms (indexed, edited in place,
 * replaced, removed) to what a fresh index of the same texts answers.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { tablesFromSql } from '../server/src/engine/catalog/ddl';
import { CatalogSnapshot, type CatalogView } from '../server/src/engine/catalog/model';
import { loadEngine } from '../server/src/engine/index';
import { ensureRubyHostLoaded, rubyHost } from '../server/src/engine/host/ruby/index';
import { FilesByKey } from '../server/src/engine/host/ruby/key-files';
import { RubyIndex } from '../server/src/engine/host/ruby/workspace';

let catalog: CatalogView;

void before(async () => {
  await loadEngine();
  await ensureRubyHostLoaded();
  catalog = new CatalogSnapshot(
    tablesFromSql(`CREATE TABLE leads (id bigint, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE leads_2024 PARTITION OF leads FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');`).tables,
  );
});

const SEARCH = '/w/app/services/lead_search.rb';
const CALLER = '/w/app/services/caller.rb';
const UTIL = '/w/lib/util.rb';

const searchText = (extra: string): string =>
  `class LeadSearch\n  def by_company(c)\n    Lead.where(company: c)\n  end\n\n  def ${extra}(x)\n    x.to_s\n  end\nend\n`;
const callerText = (body: string): string => `class Caller\n  def run\n    ${body}\n    Lead.where(created_at: 1.day.ago..).to_a\n  end\nend\n`;
const utilText = (word: string): string => `module Util\n  def self.fmt(v)\n    v.${word}\n  end\nend\n`;

const WORDS = ['by_company', 'helper', 'other', 'LeadSearch', 'Caller', 'Util', 'fmt', 'to_s', 'strip', 'run', 'x', 'v'];

/** What the index answers about words, callers, dependents and reaching names. */
function answers(idx: RubyIndex): unknown {
  return {
    called: WORDS.map((w) => idx.mayBeCalled(w)),
    mentioning: WORDS.map((w) => [...idx.filesMentioning(w)].sort()),
    dependents: [SEARCH, CALLER, UTIL].map((f) => [...idx.dependentsOf(f)].sort()),
    reaching: [...idx.namesReaching(/Lead|leads/i)].sort(),
  };
}

function fresh(texts: ReadonlyMap<string, string>): RubyIndex {
  const idx = new RubyIndex();
  for (const [f, t] of texts) idx.indexFile(f, t);
  return idx;
}

void describe('the compact Ruby index answers as a fresh one', () => {
  void test('after indexing, edits in place, replacements and removals', () => {
    const idx = rubyHost.createIndex!() as RubyIndex;
    const texts = new Map<string, string>([
      [SEARCH, searchText('helper')],
      [CALLER, callerText('x = 1')],
      [UTIL, utilText('to_s')],
    ]);
    for (const [f, t] of texts) idx.indexFile(f, t);
    assert.deepEqual(answers(idx), answers(fresh(texts)), 'indexed');
    // Reaching names are cached now: later changes must be seen through the cache.
    const steps: [string, string, 'check' | 'index' | 'remove'][] = [
      // Keystrokes in the open document: its word counts are recounted around each edit and kept.
      [CALLER, callerText('x = by_company'), 'check'],
      [CALLER, callerText('x = by_company; helper'), 'check'],
      [CALLER, callerText('x = 2'), 'check'],
      // The same file replaced from disk (its kept counts are the previous ones).
      [CALLER, callerText('LeadSearch.new.by_company(1)'), 'index'],
      // A file never edited in place replaced: its previous words are counted from its text.
      [SEARCH, searchText('other'), 'index'],
      [UTIL, utilText('strip'), 'index'],
      [UTIL, '', 'remove'],
      [SEARCH, searchText('helper'), 'index'],
    ];
    for (const [file, text, how] of steps) {
      if (how === 'remove') {
        idx.removeFile(file);
        texts.delete(file);
      } else {
        if (how === 'check') rubyHost.check(text, catalog, { fileName: file, index: idx });
        else idx.indexFile(file, text);
        texts.set(file, text);
      }
      assert.deepEqual(answers(idx), answers(fresh(texts)), `${how} ${file}: ${text}`);
    }
  });
});

void describe('FilesByKey', () => {
  test('gives files in the order they were added, as a set does, through every form', () => {
    const byKey = new FilesByKey();
    const model = new Map<string, Set<string>>();
    const ops: [string, string, boolean][] = [
      ['w', 'a', true],
      ['w', 'a', true],
      ['w', 'b', true],
      ['w', 'a', false],
      ['w', 'a', true],
      ['w', 'b', false],
      ['w', 'a', false],
      ['v', 'c', true],
      ['v', 'd', false],
      ['v', 'c', false],
      ['w', 'b', true],
    ];
    for (const [key, file, add] of ops) {
      let set = model.get(key);
      if (add) {
        byKey.add(key, file);
        if (!set) model.set(key, (set = new Set()));
        set.add(file);
      } else {
        byKey.delete(key, file);
        set?.delete(file);
        if (set && !set.size) model.delete(key);
      }
      for (const k of ['w', 'v', 'u']) assert.deepEqual([...byKey.get(k)], [...(model.get(k) ?? [])], `${add ? 'add' : 'delete'} ${key} ${file}`);
    }
  });

  test('a key most files share keeps the order of a set through additions, removals and additions again', () => {
    const byKey = new FilesByKey();
    const model = new Map<string, Set<string>>();
    const apply = (key: string, file: string, add: boolean): void => {
      let set = model.get(key);
      if (add) {
        byKey.add(key, file);
        if (!set) model.set(key, (set = new Set()));
        set.add(file);
      } else {
        byKey.delete(key, file);
        set?.delete(file);
        if (set && !set.size) model.delete(key);
      }
    };
    const same = (what: string): void => {
      for (const k of ['common', 'other']) assert.deepEqual([...byKey.get(k)], [...(model.get(k) ?? [])], `${k} after ${what}`);
    };
    // Files numbered in another key first, so that numbers and the order of additions differ.
    for (let i = 299; i >= 0; i -= 3) apply('other', `f${i}`, true);
    for (let i = 0; i < 300; i++) apply('common', `f${(i * 7) % 300}`, true);
    same('additions');
    for (let i = 0; i < 300; i += 5) apply('common', `f${i}`, false);
    apply('common', 'f10', false);
    apply('common', 'f1', true);
    same('removals');
    for (let i = 0; i < 300; i += 10) apply('common', `f${i}`, true);
    apply('common', 'new-file', true);
    same('additions after removals');
    for (let i = 0; i < 300; i++) apply('common', `f${i}`, false);
    same('removing all but one');
    apply('common', 'new-file', false);
    same('removing the last');
    apply('common', 'f3', true);
    same('a new first file');
  });
});
