/**
 * A model's class method whose body runs a query (server/src/engine/host/ruby/class-method-runs.ts):
 * called only on the model constant (`Lead.open_total`, also inside `"#{…}"` and with `::Lead`),
 * its query is reported inside, at the statement that runs, and the callers are no sites.
 * Precision: a method some caller runs on a relation, one with the key inside, one nobody calls
 * and one taking arguments are not judged inside on the model's relation.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const MODEL = 'app/models/lead_totals.rb';
const model = lines(
  'class Lead < ApplicationRecord',
  '  class << self',
  '    def open_total',
  '      Rails.cache.fetch("open") { where(company: nil).count }',
  '    end',
  '',
  '    def keyed_total',
  '      where(created_at: 1.day.ago..).where(company: nil).count',
  '    end',
  '',
  '    def unused_total',
  '      where(company: "x").count',
  '    end',
  '',
  '    def shared_total',
  '      where(company: "y").pluck(:id)',
  '    end',
  '  end',
  '',
  '  def self.total_for(name)',
  '    where(company: name).count',
  '  end',
  'end',
);
const CALLERS = {
  'app/controllers/totals_controller.rb': lines(
    'class TotalsController < ApplicationController',
    '  def show',
    '    render json: { open: Lead.open_total, keyed: Lead.keyed_total, shared: Lead.shared_total }',
    '  end',
    '',
    '  def named',
    '    render json: Lead.total_for(params[:name])',
    '  end',
    'end',
  ),
  'app/jobs/totals_job.rb': lines('class TotalsJob < ApplicationJob', '  def perform(user)', '    Rails.logger.info("#{::Lead.open_total} open")', '    user.leads.where(created_at: 1.day.ago..).shared_total', '  end', 'end'),
};
const files = { [MODEL]: model, ...CALLERS };

test('an argument-less class method called on the model runs its query inside it', () => {
  // `total_for(name)` has one caller, judged with its argument: the shared placement reports it inside (relation-class-methods.ts).
  assert.deepEqual(findings(files, MODEL), ['4:35 public.leads where(company: nil).count', '21:5 public.leads where(company: name).count']);
});

test('callers that only call it on the model are no sites; one also run on a relation elsewhere stays judged at its callers', () => {
  assert.deepEqual(findings(files, 'app/controllers/totals_controller.rb'), ['3:76 public.leads Lead']);
  assert.deepEqual(findings(files, 'app/jobs/totals_job.rb'), []);
});

test('without callers nothing is judged inside; callers on relations are judged with their own relations', () => {
  // No caller at all, or one on a relation (`user.leads….shared_total`): the method's relation is the caller's.
  const alone = { [MODEL]: model };
  assert.deepEqual(findings(alone, MODEL), []);
  const onRelation = { [MODEL]: model, 'app/jobs/totals_job.rb': lines('class TotalsJob < ApplicationJob', '  def perform(user)', '    user.leads.open_total + Lead.open_total', '  end', 'end') };
  // Judged with each caller's relation instead, both scan alike: the shared placement reports it inside.
  assert.deepEqual(findings(onRelation, MODEL), ['4:35 public.leads where(company: nil).count']);
});

// Parameters no query reads (`def self.sweep(batch_size)` only hands `batch_size` on) leave the
// method's runs the same for every caller: judged inside, also when the caller names the class at
// run time (`kind.constantize.sweep(…)`). A parameter a query or a condition reads keeps the
// method judged at its callers.
const SWEEPS = {
  'app/models/lead_sweeps.rb': lines(
    'class Lead < ApplicationRecord',
    '  def self.sweep(batch_size)',
    '    ids = where(company: nil).pluck(:id)',
    '    ids.each_slice(batch_size) { |slice| Purger.enqueue(slice) }',
    '  end',
    '',
    '  def self.stale_since(time)',
    '    where(company: nil).where(created_at: time..).count',
    '  end',
    '',
    '  def self.nameless(verbose)',
    '    where(company: nil).count if verbose',
    '  end',
    'end',
  ),
  'app/jobs/sweep_job.rb': lines(
    'class SweepJob < ApplicationJob',
    '  def perform(kind, since)',
    '    kind.constantize.sweep(500)',
    '    Lead.stale_since(since)',
    '    Lead.nameless(true)',
    '  end',
    'end',
  ),
};

test('a class method whose parameters no query reads runs its query inside it; one whose query reads them is placed by its callers\' verdicts', () => {
  // `nameless(true)` has one caller, judged with its argument: reported inside (relation-class-methods.ts).
  assert.deepEqual(findings(SWEEPS, 'app/models/lead_sweeps.rb'), ['3:11 public.leads where(company: nil).pluck', '12:5 public.leads where(company: nil).count']);
  assert.deepEqual(findings(SWEEPS, 'app/jobs/sweep_job.rb'), []);
});

// A class method whose relation its callers decide (`def self.purge(before)`) still writes each
// record it loads by its primary key (`destroy_all`, `find_each { |r| r.update!(…) }`): those
// writes are judged inside it, whatever the callers pass; its own SELECT stays the callers'.
const PURGES = {
  'app/models/lead_purges.rb': lines(
    'class Lead < ApplicationRecord',
    '  def self.purge(before)',
    '    where(created_at: ...before).where(company: nil).destroy_all',
    '  end',
    '',
    '  def self.archive(before)',
    '    where(created_at: ...before).find_each { |lead| lead.update!(status: "archived") }',
    '  end',
    '',
    '  def self.listed(before)',
    '    where(created_at: ...before).where(company: nil).to_a',
    '  end',
    'end',
  ),
};

test('a class method taking the relation from its callers has its per-record writes judged inside, not its select', () => {
  assert.deepEqual(findings(PURGES, 'app/models/lead_purges.rb'), ['3:54 public.leads destroy_all', '7:58 public.leads update!']);
});

// A wrapper class method (`def self.open_count = open_count_uncached`, a memoising or instrumenting
// layer) calls the method bare: its `self` is the model, scoped as the wrapper's own callers call it.
// Called only on the model constant, the wrapped query runs inside, where it is written.
const WRAPPED = {
  'app/models/lead_wrapped.rb': lines(
    'class Lead < ApplicationRecord',
    '  def self.open_count',
    '    open_count_uncached',
    '  end',
    '',
    '  def self.open_count_uncached',
    '    where(company: nil).count',
    '  end',
    '',
    '  def self.shared_count',
    '    shared_count_uncached',
    '  end',
    '',
    '  def self.shared_count_uncached',
    '    where(company: "y").count',
    '  end',
    'end',
  ),
  'app/jobs/count_job.rb': lines('class CountJob < ApplicationJob', '  def perform(user)', '    Lead.open_count + Lead.shared_count', '    user.leads.shared_count', '  end', 'end'),
};

test('a class method called bare only by a wrapper the callers call on the model runs its query inside it', () => {
  assert.deepEqual(findings(WRAPPED, 'app/models/lead_wrapped.rb'), ['7:5 public.leads where(company: nil).count']);
  // `shared_count` also runs on a relation: its calls stay judged at the callers, each with its relation.
  assert.deepEqual(findings(WRAPPED, 'app/jobs/count_job.rb'), ['3:23 public.leads Lead', '4:10 public.leads leads']);
});

test('a concern\'s `class_methods do` method is a class method of each including model: called only on the model, judged inside', () => {
  const concern = lines(
    'module LeadTotals',
    '  extend ActiveSupport::Concern',
    '',
    '  class_methods do',
    '    def open_total',
    '      where(company: nil).count',
    '    end',
    '',
    '    def keyed_total',
    '      where(created_at: 1.day.ago..).count',
    '    end',
    '',
    '    def newest',
    '      on_day maximum(:created_at)',
    '    end',
    '',
    '    def on_day(day)',
    '      where(created_at: day).order(:id)',
    '    end',
    '  end',
    'end',
  );
  const CONCERN = 'app/models/concerns/lead_totals.rb';
  const withConcern = {
    [CONCERN]: concern,
    'app/models/lead_included.rb': lines('class Lead < ApplicationRecord', '  include LeadTotals', 'end'),
    'app/controllers/totals_controller.rb': lines('class TotalsController < ApplicationController', '  def show', '    render json: { open: Lead.open_total, keyed: Lead.keyed_total, newest: Lead.newest.limit(8).to_a }', '  end', 'end'),
  };
  assert.deepEqual(findings(withConcern, CONCERN), ['6:7 public.leads where(company: nil).count', '14:14 public.leads maximum']);
  // The relation `newest` returns runs at the caller, judged with the caller's refinements.
  assert.deepEqual(findings(withConcern, 'app/controllers/totals_controller.rb'), ['3:76 public.leads Lead']);
});
