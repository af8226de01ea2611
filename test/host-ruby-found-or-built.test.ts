/**
 * Records from `find_or_initialize_by`, `first_or_initialize`, `find_or_create_by` and the like
 * (server/src/engine/host/ruby/found-or-built.ts): when the row exists they return it, persisted,
 * and a write of it goes by the primary key only. Checked against the SQL real ActiveRecord sends
 * for an existing row and EXPLAIN on every server (test/helpers/ruby-executed.ts); then, without a
 * database, the same in a model's class method and a service, and the writes that stay silent: a
 * `save` that changed nothing (nothing is sent for a found row), a write guarded by `new_record?`.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CatalogView } from '../server/src/engine/catalog/model';
import { assertExecutedAgree, type ExecutedCase } from './helpers/ruby-executed';
import { abs, loadRailsFixture, modelFilesForRun, railsFindings, railsFolderIndex, rubyLines as lines } from './helpers/rails-fixture';

let catalog: CatalogView;
let ddl = '';

void before(async () => {
  ({ ddl, catalog } = await loadRailsFixture());
});

const RUN_FILES = modelFilesForRun('pl-found-or-built-', {});

const T = 'Time.utc(2024, 3, 5)';
const ROWS = `Campaign.create!(id: 3, user_id: 5, name: "c"); Lead.create!(id: 1, company: "Acme", campaign_id: 3, user_id: 5, created_at: ${T})`;

const CASES: readonly ExecutedCase[] = [
  // The lookup carries the key; the UPDATE or DELETE of the found row goes by id only.
  { setup: ROWS, code: `lead = Lead.where(created_at: ${T}).find_or_initialize_by(company: "Acme"); lead.vip = true; lead.save` },
  { setup: ROWS, code: `lead = Lead.find_or_initialize_by(id: 1, created_at: ${T}); lead.update!(company: "Initech")` },
  { setup: ROWS, code: 'campaign = Campaign.where(user_id: 5).find_or_initialize_by(name: "c"); campaign.update!(name: "d")' },
  { setup: ROWS, code: `lead = Lead.where(created_at: ${T}, company: "Acme").first_or_initialize; lead.assign_attributes(vip: true); lead.save!` },
  { setup: ROWS, code: `lead = Lead.where(created_at: ${T}).find_or_create_by(company: "Acme"); lead.destroy` },
  // Nothing changed: the found row is not written.
  { setup: ROWS, code: `lead = Lead.where(created_at: ${T}).find_or_initialize_by(company: "Acme"); lead.save` },
  // The method writes only a new record (an INSERT).
  { setup: ROWS, code: `lead = Lead.where(created_at: ${T}).find_or_initialize_by(company: "Acme"); lead.update!(vip: true) if lead.new_record?` },
];

void test('found-or-built records: the SQL ActiveRecord executes for an existing row, EXPLAIN on every server agrees with the diagnostics', async (t) => {
  await assertExecutedAgree(t, CASES, {
    ddl,
    catalog,
    files: RUN_FILES,
    index: () => railsFolderIndex(),
    controllerFile: abs('app/controllers/executed_controller.rb'),
    minEach: 2,
  });
});

/** `line table` of each finding in one file of the fixture application plus `files`. */
function found(files: Record<string, string>, rel: string): string[] {
  return railsFindings(catalog, files, rel).map((f) => `${f.split(':')[0]} ${f.split(' ')[1]}`);
}

void test('a model class method building or finding one row per reader, then saving it (otwarchive readings)', () => {
  const file = 'app/models/reading_marks.rb';
  const text = lines(
    'class Lead < ApplicationRecord',
    '  def self.mark_read(campaign, user, at)',
    '    entry = Lead.find_or_initialize_by(campaign_id: campaign.id, user_id: user.id)',
    '    if entry.created_at.nil? || entry.created_at < at',
    '      entry.created_at = at',
    '    end',
    '    entry.company ||= "viewed"',
    '    entry.save!',
    '  end',
    'end',
  );
  assert.deepEqual(found({ [file]: text }, file), ['3 public.leads', '8 public.leads']);
});

void test("an association's found-or-built record updated in a service", () => {
  const file = 'app/services/follow_service.rb';
  const text = lines(
    'class FollowService',
    '  def initialize(user)',
    '    @user = user',
    '  end',
    '',
    '  def follow(name)',
    '    membership = @user.campaigns.find_or_initialize_by(name: name)',
    '    membership.update(archived: false)',
    '  end',
    'end',
  );
  // The lookup carries user_id (the hash key) and prunes; the update goes by id.
  assert.deepEqual(found({ [file]: text }, file), ['8 public.campaigns']);
});

void test('precision: a save that changed nothing, a write guarded by new_record?/persisted?, a record built with a block', () => {
  const file = 'app/jobs/ensure_job.rb';
  const text = lines(
    'class EnsureJob < ApplicationJob',
    '  def perform(user_id, at)',
    '    row = Lead.where(created_at: at).find_or_initialize_by(user_id: user_id)',
    '    row.save!',
    '    other = Lead.where(created_at: at).find_or_create_by(user_id: user_id) { |r| r.company = "x" }',
    '    other.save',
    '    third = Campaign.where(user_id: user_id).first_or_initialize',
    '    third.update!(name: "x") unless third.persisted?',
    '  end',
    'end',
  );
  assert.deepEqual(found({ [file]: text }, file), []);
});
