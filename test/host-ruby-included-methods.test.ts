/**
 * Round thirteen (Growstuff's `PredictHarvest`): instance methods defined inside a concern's
 * `included do … end` block run as the including model's methods (the block is `class_eval`ed on
 * the includer), so a bare association and a private helper of the block are the includer's. Round
 * fourteen (Thredded, Solidus): so do the module's own `def`s when it extends ActiveSupport::Concern.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CatalogView } from '../server/src/engine/catalog/model';
import { loadRailsFixture, railsFindings, rubyLines as lines } from './helpers/rails-fixture';

let catalog: CatalogView;

void before(async () => {
  ({ catalog } = await loadRailsFixture());
});

const concern = (name: string): string =>
  lines(
    `module ${name}`,
    '  extend ActiveSupport::Concern',
    '',
    '  included do',
    '    def first_entry_at',
    '      dated_entries.minimum(:created_at)',
    '    end',
    '',
    '    def recent_entry_count',
    '      entries.where(created_at: 1.week.ago..).count',
    '    end',
    '',
    '    private',
    '',
    '    def dated_entries',
    '      entries.where.not(company: nil)',
    '    end',
    '  end',
    'end',
  );

const short = (found: string[]): string[] => found.map((f) => f.split(' ').slice(0, 2).join(' '));

void test('included-do methods: a private helper returning the includer association, then an aggregate, scans leads', () => {
  const rel = 'app/models/concerns/entry_stats.rb';
  const found = railsFindings(
    catalog,
    {
      [rel]: concern('EntryStats'),
      'app/models/desk.rb': lines('class Desk < ApplicationRecord', '  self.table_name = "campaigns"', '  include EntryStats', '  has_many :entries, class_name: "Lead", foreign_key: :campaign_id', 'end'),
    },
    rel,
  );
  // Line 6 reads leads by campaign_id only; line 10 bounds created_at (prunes): silent.
  assert.deepEqual(short(found), ['6:7 public.leads']);
});

void test('included-do methods: silent when the includer association reaches a table that is not partitioned, or nothing includes the concern', () => {
  const rel = 'app/models/concerns/entry_notes.rb';
  const notPartitioned = railsFindings(
    catalog,
    {
      [rel]: concern('EntryNotes'),
      'app/models/shelf.rb': lines('class Shelf < ApplicationRecord', '  self.table_name = "companies"', '  include EntryNotes', '  has_many :entries, class_name: "Company", foreign_key: :parent_id', 'end'),
    },
    rel,
  );
  assert.deepEqual(notPartitioned, []);
  const rel2 = 'app/models/concerns/entry_orphans.rb';
  assert.deepEqual(railsFindings(catalog, { [rel2]: concern('EntryOrphans') }, rel2), []);
});

void test('a private method is followed only when called on self: another record’s private helper is not the includer’s query', () => {
  const rel = 'app/models/concerns/entry_peers.rb';
  const found = railsFindings(
    catalog,
    {
      [rel]: lines(
        'module EntryPeers',
        '  extend ActiveSupport::Concern',
        '',
        '  included do',
        '    def peer_first_entry_at(peer_id)',
        '      Desk.find_by(user_id: user_id, id: peer_id).dated_entries.minimum(:created_at)',
        '    end',
        '',
        '    private',
        '',
        '    def dated_entries',
        '      entries.where.not(company: nil)',
        '    end',
        '  end',
        'end',
      ),
      'app/models/desk.rb': lines('class Desk < ApplicationRecord', '  self.table_name = "campaigns"', '  include EntryPeers', '  has_many :entries, class_name: "Lead", foreign_key: :campaign_id', 'end'),
    },
    rel,
  );
  // The peer is loaded by its partition key, and its `dated_entries` is private (Ruby raises NoMethodError when a
  // receiver is written): not followed, silent.
  assert.deepEqual(found, []);
});

void test('concern methods: the module body\'s own defs of an ActiveSupport::Concern run on the includer\'s records too', () => {
  const rel = 'app/models/concerns/desk_cleanup.rb';
  const body = lines(
    'module DeskCleanup',
    '  extend ActiveSupport::Concern',
    '',
    '  def purge_stale',
    '    entries.where(status: "stale").delete_all',
    '  end',
    '',
    '  def recent_entries',
    '    entries.where(created_at: 1.week.ago..).to_a',
    '  end',
    '',
    '  def drop_entry(email)',
    '    entry = entries.find_by(email: email, created_at: 1.day.ago..)',
    '    entry&.destroy',
    '  end',
    'end',
  );
  const desk = lines('class Desk < ApplicationRecord', '  self.table_name = "campaigns"', '  include DeskCleanup', '  has_many :entries, class_name: "Lead", foreign_key: :campaign_id', 'end');
  assert.deepEqual(short(railsFindings(catalog, { [rel]: body, 'app/models/desk.rb': desk }, rel)), ['5:5 public.leads', '14:12 public.leads']);
  // A plain module (no ActiveSupport::Concern) is not assumed to be a model's: its bare `entries` is unknown.
  const plain = body.replace("  extend ActiveSupport::Concern\n", '');
  assert.deepEqual(short(railsFindings(catalog, { [rel]: plain, 'app/models/desk.rb': desk }, rel)), []);
});
