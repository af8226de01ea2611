/**
 * `return relation if …` in a private helper of a finder (GitLab's `Ci::PipelinesFinder#
 * prefiltered_pipelines`: `return pipelines if params[:iids].present?`): the early return hands the
 * relation back like the last statement does, so it is judged where the finder's result runs,
 * never at the `return` line. Precision: both paths dated keep the caller quiet.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const FINDER = 'app/finders/lead_list_finder.rb';
const CTRL = 'app/controllers/lead_lists_controller.rb';

const finder = (early: string, last: string): string =>
  lines(
    'class LeadListFinder',
    '  attr_reader :leads, :params',
    '',
    '  def initialize(user, params = {})',
    '    @leads = user.leads',
    '    @params = params',
    '  end',
    '',
    '  def execute',
    '    items = prefiltered',
    '    items.order(id: :desc)',
    '  end',
    '',
    '  private',
    '',
    '  def prefiltered',
    `    return ${early} if params[:all].present?`,
    '',
    `    ${last}`,
    '  end',
    'end',
  );

const ctrl = lines('class LeadListsController < ApplicationController', '  def index', '    @rows = LeadListFinder.new(current_user, params).execute.to_a', '  end', 'end');

const where = (files: Record<string, string>, rel: string): string[] => findings(files, rel).map((f) => f.split(':')[0]!);

test('an early return of an undated relation: reported where the finder runs, not at the return', () => {
  const files = { [FINDER]: finder('leads', 'leads.where(created_at: 1.week.ago..)'), [CTRL]: ctrl };
  assert.deepEqual(where(files, FINDER), []);
  assert.deepEqual(where(files, CTRL), ['3']);
});

test('both returns dated: quiet at the finder and at its caller', () => {
  const files = { [FINDER]: finder('leads.where(created_at: 1.month.ago..)', 'leads.where(created_at: 1.week.ago..)'), [CTRL]: ctrl };
  assert.deepEqual(where(files, FINDER), []);
  assert.deepEqual(where(files, CTRL), []);
});
