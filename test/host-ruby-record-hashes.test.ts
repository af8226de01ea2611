/**
 * Loaded records kept in a Hash (record-hashes.ts): `index_by(&:key)` of a relation, read back by
 * key (`existing[attrs[:id]]`, also `existing[k] || scope.new(…)`, also returned by a helper), is a
 * persisted record: saving it updates by the primary key. `group_by` gives Arrays of them.
 * Precision: a Hash of rows that are not loaded records (`rows.index_by { … }` of plain data), and
 * a record Hash only read, stay silent.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();
const file = 'app/services/lead_import.rb';
const service = (...body: string[]): Record<string, string> => ({
  [file]: lines('class LeadImport', '  def initialize(campaign)', '    @campaign = campaign', '  end', '', ...body, 'end'),
});

describe('records kept in a hash', () => {
  test('an element of index_by, or a new record when absent, saved', () => {
    const files = service(
      '  def apply(rows)',
      '    known = @campaign.leads.where(id: rows.map { |r| r[:id] }).where(created_at: 1.day.ago..).index_by(&:id)',
      '    rows.each do |row|',
      '      lead = known[row[:id]] || @campaign.leads.new(created_at: row[:at])',
      '      lead.company = row[:company]',
      '      lead.save!',
      '    end',
      '  end',
    );
    assert.deepEqual(findings(files, file), ['11:12 public.leads save!']);
  });

  test('a hash a private helper returns, and a group_by element', () => {
    const files = service(
      '  def refresh(ids)',
      '    by_id = cached(ids)',
      '    ids.each { |i| by_id[i].touch }',
      '    grouped = Lead.where(created_at: 1.day.ago..).group_by(&:company)',
      '    grouped["acme"].each { |l| l.update(status: "x") }',
      '  end',
      '',
      '  private',
      '',
      '  def cached(ids)',
      '    Lead.where(id: ids, created_at: 1.week.ago..).index_by(&:id)',
      '  end',
    );
    assert.deepEqual(findings(files, file), ['8:29 public.leads touch', '10:34 public.leads update']);
  });

  test('precision: plain rows by key, and records only read', () => {
    const files = service(
      '  def apply(rows)',
      '    pending = rows.index_by { |r| r[:id] }',
      '    pending.each_key { |k| Lead.new(company: pending[k][:company], created_at: Time.current).save! }',
      '    known = Lead.where(created_at: 1.day.ago..).index_by(&:id)',
      '    rows.map { |r| known[r[:id]]&.company }',
      '  end',
    );
    assert.deepEqual(findings(files, file), []);
  });
});
