/**
 * Patterns met while running the CLI on real Rails applications (dogfooding), written as small
 * classes of our own on the fixture application's models: how often a query is reported (a
 * singular association read again is ActiveRecord's cached record; a query run inside a chain of
 * followed methods is reported once, where the checked unit hands it on), and the patterns that
 * were missed or falsely flagged there.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { tablesFromSql } from '../server/src/engine/catalog/ddl';
import { CatalogSnapshot, type CatalogView } from '../server/src/engine/catalog/model';
import { LineIndex } from '../server/src/engine/finding';
import { ensureRubyHostLoaded, rubyHost } from '../server/src/engine/host/ruby/index';
import type { HostIndex } from '../server/src/engine/host/types';
import { loadEngine } from '../server/src/engine/index';

const root = path.join(import.meta.dirname, 'fixtures', 'rails');
const abs = (rel: string): string => path.join(root, rel);
const read = (rel: string): string => fs.readFileSync(abs(rel), 'utf8');

let catalog: CatalogView;

void before(async () => {
  await loadEngine();
  await ensureRubyHostLoaded();
  let ddl = read('db/structure.sql');
  for (const f of fs.readdirSync(abs('db/migrate')).sort()) {
    for (const frag of rubyHost.sqlFragments(read(`db/migrate/${f}`), `db/migrate/${f}`)) if (frag.ddl) ddl += `\n;\n${frag.text}`;
  }
  catalog = new CatalogSnapshot(tablesFromSql(ddl).tables);
});

/** The fixture application plus extra files (relative path → text), indexed as one folder. */
function folderIndex(extra: Record<string, string>): HostIndex {
  const idx = rubyHost.createIndex!();
  for (const f of fs.readdirSync(root, { recursive: true }) as string[]) {
    if (rubyHost.claimsFile!(abs(f)) && !(f in extra)) idx.indexFile(abs(f), read(f));
  }
  for (const [f, text] of Object.entries(extra)) idx.indexFile(abs(f), text);
  return idx;
}

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

  test('a query run by a model class method a chain of private methods calls is reported once, at the checked unit', () => {
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
    assert.deepEqual(findingsIn(extra, file), ['17:19 partition-key-missing public.leads IndexedLead']);
  });
});
