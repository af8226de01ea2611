/**
 * Where a relation runs when something other than a terminal written at the call runs it:
 * - a scope whose body loads rows (`scope :last_page, -> { ordered.last(40) }`) runs the relation
 *   it is applied to at that call (`messages.last_page`), not where the relation was built;
 * - Ruby's `Klass.(args)` is `Klass.call(args)`: a command object's public `call` run that way
 *   has callers, so the relation it returns is not reported where it is built.
 * Precision: a scope that only refines (`messages.with_creator`) runs nothing at its call, and a
 * `call` nobody runs (no `.()`, no `.call`) still reports the relation it returns.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CatalogView } from '../server/src/engine/catalog/model';
import { LineIndex } from '../server/src/engine/finding';
import { rubyHost } from '../server/src/engine/host/ruby/index';
import { abs, loadRailsFixture, railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const PAGINATION = lines(
  'module Lead::Paging',
  '  extend ActiveSupport::Concern',
  '',
  '  included do',
  '    scope :final_page, -> { order(:created_at).last(40) }',
  '    scope :with_owner, -> { preload(:user) }',
  '  end',
  'end',
);
const MODEL = lines('class Lead < ApplicationRecord', '  include Paging', 'end');
const INBOX = 'app/controllers/inbox_controller.rb';

test('a scope whose body loads rows runs the relation at the call that applies it', () => {
  const files = {
    'app/models/lead/paging.rb': PAGINATION,
    'app/models/lead_paging.rb': MODEL,
    [INBOX]: lines(
      'class InboxController < ApplicationController',
      '  def show',
      '    @page = load_page',
      '  end',
      '',
      '  private',
      '',
      '  def load_page',
      '    entries = current_user.leads.with_owner',
      '    entries.final_page',
      '  end',
      'end',
    ),
  };
  assert.deepEqual(findings(files, INBOX), ['10:13 public.leads final_page']);
});

test('a scope that only refines runs nothing at its call; a loading scope on a keyed relation stays silent', () => {
  const files = {
    'app/models/lead/paging.rb': PAGINATION,
    'app/models/lead_paging.rb': MODEL,
    [INBOX]: lines(
      'class InboxController < ApplicationController',
      '  def show',
      '    @page = load_page',
      '  end',
      '',
      '  private',
      '',
      '  def load_page',
      '    entries = current_user.leads.where(created_at: 1.week.ago..)',
      '    entries.with_owner.final_page',
      '  end',
      'end',
    ),
  };
  assert.deepEqual(findings(files, INBOX), []);
});

// The command cases use a folder of their own files only: the fixture application mentions `call` in prose.
let catalog: CatalogView | undefined;
before(async () => {
  ({ catalog } = await loadRailsFixture());
});

function commandFindings(files: Record<string, string>, rel: string): string[] {
  const idx = rubyHost.createIndex!();
  for (const [f, text] of Object.entries(files)) idx.indexFile(abs(f), text);
  const text = files[rel]!;
  const li = new LineIndex(text);
  return rubyHost.check(text, catalog!, { fileName: abs(rel), index: idx }).findings.map((f) => {
    const p = li.position(f.start);
    return `${p.line + 1}:${p.character + 1} ${f.table} ${text.slice(f.start, f.end)}`;
  });
}

const COMMAND = 'app/commands/list_open_leads.rb';
const APP = {
  'app/models/application_record.rb': lines('class ApplicationRecord < ActiveRecord::Base', '  primary_abstract_class', 'end'),
  'app/models/lead.rb': lines('class Lead < ApplicationRecord', '  belongs_to :user', 'end'),
  'app/models/user.rb': lines('class User < ApplicationRecord', '  has_many :leads', 'end'),
  [COMMAND]: lines(
    'class ListOpenLeads',
    '  def initialize(user)',
    '    @user = user',
    '  end',
    '',
    '  def call',
    '    @leads = @user.leads',
    '    @leads = @leads.where(company: "x")',
    '    @leads.order(:id)',
    '  end',
    'end',
  ),
};

test('a command object run with the `.()` shorthand has callers: the relation its `call` returns is theirs', () => {
  const files = { ...APP, 'app/controllers/open_leads_controller.rb': lines('class OpenLeadsController < ApplicationController', '  def index', '    @leads = ListOpenLeads.(current_user)', '  end', 'end') };
  assert.deepEqual(commandFindings(files, COMMAND), []);
});

test('a `call` nobody runs still reports the relation it returns where it is built', () => {
  const files = { ...APP, 'app/controllers/open_leads_controller.rb': lines('class OpenLeadsController < ApplicationController', '  def index', '    @leads = OtherCommand.(current_user)', '  end', 'end') };
  assert.deepEqual(commandFindings(files, COMMAND), ['7:20 public.leads leads']);
});
