/**
 * Real-application review (round twelve, CASA: `Volunteer < User`, `has_many :learning_hours` on
 * User): an STI subclass inherits its base class's associations with the foreign key Rails derives
 * from the class that declares them (`user_id`), not from the subclass (`volunteer_id`).
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CatalogView } from '../server/src/engine/catalog/model';
import { loadRailsFixture, railsFindings, rubyLines as lines } from './helpers/rails-fixture';

let catalog: CatalogView;

void before(async () => {
  ({ catalog } = await loadRailsFixture());
});

const reviewer = lines(
  'class Reviewer < User',
  '  has_many :reviewed_campaigns, class_name: "Campaign"',
  '',
  '  def open_campaigns',
  '    campaigns.where(archived: false).to_a',
  '  end',
  '',
  '  def reviewed',
  '    reviewed_campaigns.to_a',
  '  end',
  'end',
);

void test("an inherited has_many reads the declaring class's foreign key; the subclass's own one its own", () => {
  const rel = 'app/models/reviewer.rb';
  // campaigns are HASH-partitioned by user_id: the inherited association prunes; the subclass's own
  // association compares reviewer_id and reads every partition.
  const found = railsFindings(catalog, { [rel]: reviewer }, rel).map((f) => f.split(' ').slice(0, 2).join(' '));
  assert.deepEqual(found, ['9:5 public.campaigns']);
});
