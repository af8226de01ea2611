/**
 * `dependent:` associations (server/src/engine/host/ruby/ar-dependents.ts): destroying a record
 * first deletes, destroys, nullifies or tests the associated rows by the foreign key. Checked
 * against the SQL real ActiveRecord executes and EXPLAIN on every PostgreSQL server
 * (test/helpers/ruby-executed.ts), then, without a database, the shapes that must stay silent.
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

/** Owners on the fixture's plain `users` table, and a campaign model whose leads are nullified. */
const MODELS: Record<string, string> = {
  'app/models/lead_purging_member.rb': lines(
    'class LeadPurgingMember < ApplicationRecord',
    '  self.table_name = "users"', '  self.primary_key = :id',
    '  has_many :leads, foreign_key: :user_id, dependent: :delete_all',
    'end',
  ),
  'app/models/campaign_purging_member.rb': lines(
    '# campaigns are HASH-partitioned by user_id: their foreign key is the partition key.',
    'class CampaignPurgingMember < ApplicationRecord',
    '  self.table_name = "users"', '  self.primary_key = :id',
    '  has_many :campaigns, foreign_key: :user_id, dependent: :delete_all',
    'end',
  ),
  'app/models/releasing_campaign.rb': lines(
    'class ReleasingCampaign < ApplicationRecord',
    '  self.table_name = "campaigns"',
    '  self.primary_key = :id',
    '  has_many :leads, foreign_key: :campaign_id, dependent: :nullify',
    'end',
  ),
  'app/models/cascading_member.rb': lines(
    'class CascadingMember < ApplicationRecord',
    '  self.table_name = "users"', '  self.primary_key = :id',
    '  has_many :drives, -> { order(:id) }, class_name: "ReleasingCampaign", foreign_key: :user_id, dependent: :destroy',
    '  alias_method :programs, :drives',
    'end',
  ),
  'app/models/guarded_member.rb': lines(
    'class GuardedMember < ApplicationRecord',
    '  self.table_name = "users"', '  self.primary_key = :id',
    '  has_many :march_leads, -> { where(created_at: Time.utc(2024, 3, 1)...Time.utc(2024, 4, 1)) }, class_name: "Lead", foreign_key: :user_id, dependent: :restrict_with_exception',
    '  has_many :any_leads, class_name: "Lead", foreign_key: :user_id, dependent: :restrict_with_error',
    'end',
  ),
};

const RUN_FILES = modelFilesForRun('pl-dependents-', MODELS);

const ROWS =
  'User.create!(id: 5, name: "u"); User.create!(id: 6, name: "v"); Campaign.create!(id: 3, user_id: 5, name: "c"); ' +
  'Lead.create!(id: 1, company: "x", campaign_id: 3, user_id: 5, created_at: Time.utc(2024, 3, 5))';

const CASES: readonly ExecutedCase[] = [
  // `delete_all` on leads by user_id: every partition; on campaigns by user_id (their key): one.
  { setup: ROWS, code: 'LeadPurgingMember.find(5).destroy' },
  { setup: ROWS, code: 'CampaignPurgingMember.find(5).destroy!' },
  { setup: ROWS, code: 'CampaignPurgingMember.where(id: 5).destroy_all' },
  // `destroy` loads the campaigns by user_id (pruned), deletes each by id (every partition) and
  // nullifies its leads by campaign_id (every partition); through `destroy_all` and `Model.destroy(id)` too.
  { setup: ROWS, code: 'CascadingMember.find(5).destroy' },
  { setup: ROWS, code: 'CascadingMember.where(id: 5).destroy_all' },
  { setup: ROWS, code: 'CascadingMember.destroy(5)' },
  // The existence tests of `restrict_with_*`: a scope on the key prunes, the bare foreign key does not.
  { setup: ROWS, code: 'GuardedMember.find(6).destroy' },
  // `delete` runs no callbacks: only the owner's row.
  { setup: ROWS, code: 'LeadPurgingMember.find(5).delete; Lead.where(user_id: 5, created_at: Time.utc(2024, 3, 5)).to_a' },
];

void test('dependent associations: the SQL ActiveRecord executes on destroy, EXPLAIN on every server agrees with the diagnostics', async (t) => {
  await assertExecutedAgree(t, CASES, {
    ddl,
    catalog,
    files: RUN_FILES,
    index: () => railsFolderIndex(MODELS),
    controllerFile: abs('app/controllers/executed_controller.rb'),
    minEach: 3,
  });
});

/** The tables flagged in one file of the fixture application plus this suite's models. */
function tablesIn(rel: string, text: string): string[] {
  return [...new Set(railsFindings(catalog, { ...MODELS, [rel]: text }, rel).map((f) => f.split(' ')[1]!))].sort();
}

void test('dependent associations: reported at the destroy of a record found elsewhere, in any file', () => {
  // A controller's callback loads the record; the action destroys it.
  const controller = lines(
    'class MembersController < ApplicationController',
    '  before_action :set_member',
    '',
    '  def destroy',
    '    @member.destroy',
    '  end',
    '',
    '  private',
    '',
    '  def set_member',
    '    @member = LeadPurgingMember.find(params[:id])',
    '  end',
    'end',
  );
  assert.deepEqual(tablesIn('app/controllers/members_controller.rb', controller), ['public.leads']);
  // A model method destroying `self`.
  const model = lines('class LeadPurgingMember < ApplicationRecord', '  self.table_name = "users"', '  self.primary_key = :id', '  has_many :leads, foreign_key: :user_id, dependent: :delete_all', '', '  def close_account!', '    destroy!', '  end', 'end');
  assert.deepEqual(tablesIn('app/models/lead_purging_member.rb', model), ['public.leads']);
});

void test('dependent associations: silent where destroying sends nothing on a partitioned table without its key', () => {
  const job = (body: string): string => lines('class PurgeJob < ApplicationJob', '  def perform(id)', `    ${body}`, '  end', 'end');
  // The foreign key is the partition key; `delete` skips callbacks; `destroy_async` runs in a job we cannot see.
  assert.deepEqual(tablesIn('app/jobs/purge_job.rb', job('CampaignPurgingMember.find(id).destroy')), []);
  assert.deepEqual(tablesIn('app/jobs/purge_job.rb', job('LeadPurgingMember.find(id).delete')), []);
  const asyncOwner = lines('class AsyncMember < ApplicationRecord', '  self.table_name = "users"', '  self.primary_key = :id', '  has_many :leads, foreign_key: :user_id, dependent: :destroy_async', 'end');
  assert.deepEqual(railsFindings(catalog, { ...MODELS, 'app/models/async_member.rb': asyncOwner, 'app/jobs/purge_job.rb': job('AsyncMember.find(id).destroy') }, 'app/jobs/purge_job.rb'), []);
  // A scope on the partition key prunes the `restrict_with_exception` test.
  const scoped = lines('class MarchMember < ApplicationRecord', '  self.table_name = "users"', '  self.primary_key = :id', '  has_many :leads, -> { where(created_at: Time.utc(2024, 3, 1)..) }, foreign_key: :user_id, dependent: :restrict_with_exception', 'end');
  assert.deepEqual(railsFindings(catalog, { ...MODELS, 'app/models/march_member.rb': scoped, 'app/jobs/purge_job.rb': job('MarchMember.find(id).destroy') }, 'app/jobs/purge_job.rb'), []);
});
