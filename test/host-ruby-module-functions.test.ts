/**
 * Module functions: `module_function` (bare, or naming methods) and `extend self` make a module's
 * instance methods callable on the module (`Filters.narrow(relation, q)`), as service modules in
 * lib/ are written (DocuSeal's `Submissions.search`, `Submissions::Filter.call`). The call is
 * followed, so a relation it returns runs where the caller runs it, judged with what it added.
 * Precision: a module function that adds the partition-key range keeps its callers silent, and
 * the line that builds the relation is not reported in place of the line that runs it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const LIB = 'lib/lead_filters.rb';
const CTRL = 'app/controllers/leads_report_controller.rb';

const ctrl = (call: string): string =>
  lines(
    'class LeadsReportController < ApplicationController',
    '  def index',
    `    leads = ${call}`,
    '    @total = leads.count',
    '  end',
    'end',
  );

const at = (found: readonly string[]): string[] => found.map((f) => f.split(' ').slice(0, 2).join(' '));

test('bare module_function: the returned relation is reported where it runs, not where it is built', () => {
  const lib = lines('module LeadFilters', '  module_function', '', '  def narrow(scope, q)', '    return scope if q.blank?', '', '    scope.where("leads.company ILIKE ?", q)', '  end', 'end');
  const found = at(findings({ [LIB]: lib, [CTRL]: ctrl('LeadFilters.narrow(Lead.where(status: params[:status]), params[:q])') }, CTRL));
  assert.deepEqual(found.map((f) => f.split(':')[0]), ['4'], found.join('\n'));
});

test('extend self and module_function with names: the module methods are followed too', () => {
  const viaExtend = lines('module Narrowing', '  extend self', '', '  def by_company(rel, name)', '    rel.where(company: name)', '  end', 'end');
  const found = at(findings({ 'lib/narrowing.rb': viaExtend, [CTRL]: ctrl('Narrowing.by_company(Lead.all, params[:name])') }, CTRL));
  assert.deepEqual(found.map((f) => f.split(':')[0]), ['4'], found.join('\n'));
  const named = lines('module Picks', '  def of_kind(rel, kind)', '    rel.where(status: kind)', '  end', '  module_function :of_kind', 'end');
  const found2 = at(findings({ 'lib/picks.rb': named, [CTRL]: ctrl('Picks.of_kind(Lead.all, "new")') }, CTRL));
  assert.deepEqual(found2.map((f) => f.split(':')[0]), ['4'], found2.join('\n'));
});

test('a module function that bounds the partition key: its callers stay silent', () => {
  const lib = lines('module Recent', '  module_function', '', '  def last_week(rel)', '    rel.where(created_at: 1.week.ago..)', '  end', 'end');
  const found = findings({ 'lib/recent.rb': lib, [CTRL]: ctrl('Recent.last_week(Lead.where(status: params[:status]))') }, CTRL);
  assert.deepEqual(found, []);
});
