/**
 * Real-application review (round ten): scope lambdas that branch on their parameters
 * (`->(user) { if !user then where(…) elsif user.admin? then all else where(…).or(…) end }`,
 * Lobsters' `Story.not_deleted(user)`), a branch without a value (ActiveRecord runs the lambda as
 * `instance_exec(...) || relation`, so nil is the relation itself), and `where(Arel.sql("…"))`
 * read like a string condition.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CatalogView } from '../server/src/engine/catalog/model';
import { loadRailsFixture, railsFindings, rubyLines as lines } from './helpers/rails-fixture';

let catalog: CatalogView;

void before(async () => {
  ({ catalog } = await loadRailsFixture());
});

const MODEL = 'app/models/prospect.rb';
const CTRL = 'app/controllers/prospects_controller.rb';

const model = lines(
  'class Prospect < ApplicationRecord',
  '  self.table_name = "leads"',
  '  belongs_to :user',
  '  scope :visible_to, ->(viewer) {',
  '    if !viewer',
  '      where(status: "public")',
  '    elsif viewer.admin?',
  '      all',
  '    else',
  '      where(status: "public").or(where(user: viewer))',
  '    end',
  '  }',
  '  scope :since_unless_all, ->(from) {',
  '    if from',
  '      where(created_at: from..)',
  '    end',
  '  }',
  '  scope :window, ->(from) {',
  '    case from',
  '    when Time then where(created_at: from..)',
  '    else where(created_at: 1.week.ago..)',
  '    end',
  '  }',
  'end',
);

void test('a scope branching on its parameter: every branch is an alternative, the scanning ones are reported', () => {
  const ctrl = lines(
    'class ProspectsController < ApplicationController',
    '  def index',
    '    @prospects = Prospect.visible_to(@viewer).order(:id).to_a',
    '  end',
    '',
    '  def since',
    '    @prospects = Prospect.since_unless_all(params[:from]).to_a',
    '  end',
    'end',
  );
  const found = railsFindings(catalog, { [MODEL]: model, [CTRL]: ctrl }, CTRL);
  // `since_unless_all` without `from` gives nil: ActiveRecord's relation, every partition.
  assert.deepEqual(found.map((f) => f.split(' ').slice(0, 2).join(' ')), ['3:18 public.leads', '7:18 public.leads']);
});

void test('precision: a branch chosen by a surely present argument, and a scope whose every branch bounds the key, stay silent', () => {
  const ctrl = lines(
    'class ProspectsController < ApplicationController',
    '  def recent',
    '    @prospects = Prospect.since_unless_all(2.days.ago).to_a',
    '  end',
    '',
    '  def window',
    '    @prospects = Prospect.window(params[:from]).to_a',
    '  end',
    'end',
  );
  assert.deepEqual(railsFindings(catalog, { [MODEL]: model, [CTRL]: ctrl }, CTRL), []);
});

void test('where(Arel.sql("…")) is the SQL as written: judged like a string condition', () => {
  const ctrl = lines(
    'class ProspectsController < ApplicationController',
    '  def named',
    '    @prospects = Prospect.where(Arel.sql("company = \'acme\'")).to_a',
    '  end',
    '',
    '  def dated',
    '    @prospects = Prospect.where(Arel.sql("created_at >= \'2026-01-01\'")).to_a',
    '  end',
    'end',
  );
  const found = railsFindings(catalog, { [MODEL]: model, [CTRL]: ctrl }, CTRL);
  assert.deepEqual(found.map((f) => f.split(' ').slice(0, 2).join(' ')), ['3:18 public.leads']);
});

void test('a before_action assigning a record through if/else (a new record on one branch, nil on another): the action reads its associations', () => {
  const ctrl = lines(
    'class LeadPagesController < ApplicationController',
    '  before_action :load_subject',
    '',
    '  def show',
    '    @outputs = @subject.agent_outputs.where(kind: "note").to_a',
    '    @today = @subject.same_day_outputs.to_a',
    '  end',
    '',
    '  private',
    '',
    '  def load_subject',
    '    @subject = if request.user_agent == "preview"',
    '      if params[:company]',
    '        Lead.new(company: params[:company])',
    '      end',
    '    else',
    '      Lead.find_by!(id: params[:id], created_at: params[:day])',
    '    end',
    '  end',
    'end',
  );
  const rel = 'app/controllers/lead_pages_controller.rb';
  const found = railsFindings(catalog, { [rel]: ctrl }, rel);
  // The association without the key scans; the one whose scope carries it (line 6) does not.
  assert.deepEqual(found.map((f) => f.split(' ').slice(0, 2).join(' ')), ['5:25 public.agent_outputs']);
});
