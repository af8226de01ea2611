/**
 * Option hashes a filter module rebuilds before reading them (DocuSeal's `normalize_filter_params`:
 * `ALLOWED.each_with_object({}) { |key, acc| next if params[key].blank?; acc[key.to_sym] = … }`, and
 * ActiveSupport's `to_h.symbolize_keys.slice(…)`): when the caller writes the hash out, the rebuilt
 * hash holds the same keys, so the filters switched on by them are decided as the caller set them.
 * Precision: a caller passing the request's params, or a hash without the date key, is reported.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const LIB = 'app/services/reports/lead_window.rb';
const CTRL = 'app/controllers/lead_exports_controller.rb';

/** A class-method filter object over a `%i[]` key list, with `next unless` and a converted copy. */
const loopFilter = lines(
  'module Reports',
  '  class LeadWindow',
  '    PERMITTED = %i[since until stage].freeze',
  '',
  '    def self.apply(scope, options)',
  '      opts = clean(options)',
  '      scope = scope.where(status: opts[:stage]) if opts[:stage]',
  '      scope = scope.where("leads.created_at >= ?", opts[:since]) if opts[:since].present?',
  '      scope = scope.where("leads.created_at < ?", opts[:until]) if opts[:until].present?',
  '      scope',
  '    end',
  '',
  '    def self.clean(options)',
  '      PERMITTED.each_with_object({}) do |name, out|',
  '        next unless options[name].present?',
  '',
  '        out[name] = options[name].to_s.strip',
  '      end',
  '    end',
  '  end',
  'end',
);

const ctrl = (hash: string): string =>
  lines(
    'class LeadExportsController < ApplicationController',
    '  def show',
    `    options = ${hash}`,
    '    @rows = Reports::LeadWindow.apply(Lead.all, options).to_a',
    '  end',
    'end',
  );

const lineOf = (found: readonly string[]): string[] => found.map((f) => f.split(':')[0]!);

test('a hash rebuilt over a constant key list keeps the date keys the caller set: quiet', () => {
  const hash = '{ since: 1.month.ago.to_date.iso8601, stage: params[:stage] }';
  assert.deepEqual(findings({ [LIB]: loopFilter, [CTRL]: ctrl(hash) }, CTRL), []);
});

test('the same loop over the request params: the date filter may be left out, reported', () => {
  assert.deepEqual(lineOf(findings({ [LIB]: loopFilter, [CTRL]: ctrl('params.to_unsafe_h') }, CTRL)), ['4']);
});

test('a caller hash without the date key: the loop skips it, the query scans, reported', () => {
  assert.deepEqual(lineOf(findings({ [LIB]: loopFilter, [CTRL]: ctrl('{ stage: "won" }') }, CTRL)), ['4']);
});

test('string keys in an array constant, a memo named otherwise, string hash keys at the caller', () => {
  const lib = lines(
    'module LeadScopes',
    '  KEYS = ["from", "kind"].freeze',
    '',
    '  module_function',
    '',
    '  def narrow(rel, raw)',
    '    f = KEYS.each_with_object({}) do |k, memo|',
    '      next if raw[k].blank?',
    '      memo[k.to_sym] = raw[k]',
    '    end',
    '    rel = rel.where(created_at: f[:from]..) if f[:from]',
    '    rel',
    '  end',
    'end',
  );
  const call = (hash: string): string => lines('class LeadExportsController < ApplicationController', '  def show', `    @n = LeadScopes.narrow(Lead.all, ${hash}).count`, '  end', 'end');
  assert.deepEqual(findings({ 'lib/lead_scopes.rb': lib, [CTRL]: call('{ "from" => 2.weeks.ago, "kind" => "a" }') }, CTRL), []);
  assert.deepEqual(lineOf(findings({ 'lib/lead_scopes.rb': lib, [CTRL]: call('{ "kind" => "a" }') }, CTRL)), ['3']);
});

test('symbolize_keys and slice keep the keys asked for; except drops one', () => {
  const lib = (pick: string): string =>
    lines(
      'class LeadRange',
      '  def initialize(options)',
      `    @opts = options.to_h.symbolize_keys.${pick}`,
      '  end',
      '',
      '  def leads',
      '    rel = Lead.where(status: "new")',
      '    rel = rel.where(created_at: @opts[:from]..) if @opts[:from].present?',
      '    rel',
      '  end',
      'end',
    );
  const call = lines('class LeadExportsController < ApplicationController', '  def show', '    @rows = LeadRange.new({ from: 3.days.ago, page: 2 }).leads.to_a', '  end', 'end');
  assert.deepEqual(findings({ 'app/services/lead_range.rb': lib('slice(:from, :to)'), [CTRL]: call }, CTRL), []);
  assert.deepEqual(lineOf(findings({ 'app/services/lead_range.rb': lib('except(:from)'), [CTRL]: call }, CTRL)), ['3']);
});

test('a key list named alike elsewhere: the owner\'s own definition is the one Ruby reads', () => {
  const other = lines('module Legacy', '  PERMITTED = %i[stage].freeze', 'end');
  const hash = '{ since: 1.month.ago.to_date.iso8601, stage: params[:stage] }';
  assert.deepEqual(findings({ [LIB]: loopFilter, 'lib/legacy.rb': other, [CTRL]: ctrl(hash) }, CTRL), []);
});

test('a key list the owner does not define and others define differently is not guessed: reported', () => {
  const outside = loopFilter.replace('    PERMITTED = %i[since until stage].freeze\n', '');
  const a = lines('module Legacy', '  PERMITTED = %i[stage].freeze', 'end');
  const b = lines('module Current', '  PERMITTED = %i[since until stage].freeze', 'end');
  const hash = '{ since: 1.month.ago.to_date.iso8601, stage: params[:stage] }';
  assert.deepEqual(lineOf(findings({ [LIB]: outside, 'lib/legacy.rb': a, 'lib/current.rb': b, [CTRL]: ctrl(hash) }, CTRL)), ['4']);
});
