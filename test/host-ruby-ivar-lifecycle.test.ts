/**
 * Instance variables of plain objects assigned by methods other than `initialize` and read by
 * another method (server/src/engine/host/ruby/ivar-lifecycle.ts): a job's step loads a relation
 * that a later step iterates; a report object's setup method builds a relation that other methods
 * refine and count. The value read is the base with every refinement applied (the most conditions
 * the object can hold). Precision: a refinement elsewhere that adds the key, a superclass's
 * refinement reached by bare `super`, a value from a writer or a parameter stay silent.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const SWEEP = 'app/services/stale_lead_sweep.rb';
const sweep = lines(
  'class StaleLeadSweep',
  '  def run',
  '    @owner = "sweeper"',
  '    pick_batch',
  '    archive_batch',
  '  end',
  '',
  '  private',
  '',
  '  def pick_batch',
  '    @batch = Lead.where(company: nil, user_id: nil)',
  '  end',
  '',
  '  def archive_batch',
  '    @batch.find_each { |lead| Rails.logger.info(lead.id) }',
  '  end',
  'end',
);

test('a relation one step of an object loads is run where another step iterates it', () => {
  assert.deepEqual(findings({ [SWEEP]: sweep }, SWEEP), ['15:5 public.leads @batch']);
});

const REPORT = 'app/reports/company_tally.rb';
const report = (narrow: string): string =>
  lines(
    'class CompanyTally',
    '  def initialize(day)',
    '    @day = day',
    '  end',
    '',
    '  def prepare(user)',
    '    @relation = user.leads.where.not(company: nil)',
    '  end',
    '',
    '  def narrow',
    `    @relation = @relation.${narrow}`,
    '  end',
    '',
    '  def total',
    '    @total ||= @relation.count',
    '  end',
    'end',
  );

test('a relation set up by one method and refined by another is judged where a third counts it', () => {
  const f = { [REPORT]: report('where(campaign_id: 3)') };
  assert.deepEqual(findings(f, REPORT), ['15:16 public.leads @relation']);
});

test('a refinement in another method that adds the partition key keeps the count silent', () => {
  const f = { [REPORT]: report('where(created_at: @day.all_day)') };
  assert.deepEqual(findings(f, REPORT), []);
});

const BASE = 'app/reports/tally_base.rb';
const base = lines('class TallyBase', '  def scope_to(from)', '    @rows = Lead.where(company: "x")', '  end', '', '  def bound', '    @rows = @rows.where(created_at: 1.week.ago..)', '  end', 'end');
const SUB = 'app/reports/vip_tally.rb';
const sub = (call: string): string =>
  lines('class VipTally < TallyBase', '  def bound', `    ${call}`, '    @rows = @rows.where(vip: true)', '  end', '', '  def total', '    @rows.count', '  end', 'end');

test("a subclass's refinement calling bare super also applies the superclass's refinement", () => {
  assert.deepEqual(findings({ [BASE]: base, [SUB]: sub('super') }, SUB), []);
  // Without `super` the superclass's key filter never runs on this object.
  assert.deepEqual(findings({ [BASE]: base, [SUB]: sub('Rails.logger.info("bound")') }, SUB), ['8:5 public.leads @rows']);
});

test('a variable some writer or parameter assigns is unknown: nothing is reported', () => {
  const writer = lines('class Holder', '  attr_writer :rows', '', '  def load', '    @rows = Lead.where(company: "x")', '  end', '', '  def total', '    @rows.count', '  end', 'end');
  assert.deepEqual(findings({ 'app/services/holder.rb': writer }, 'app/services/holder.rb'), []);
  const param = lines('class Handed', '  def use(rows)', '    @rows = rows', '  end', '', '  def total', '    @rows.count', '  end', 'end');
  assert.deepEqual(findings({ 'app/services/handed.rb': param }, 'app/services/handed.rb'), []);
});

test("the setup method reads the object's other variables as initialize left them (a reader of the owner record)", () => {
  const finder = lines(
    'class TeamLeadFinder',
    '  attr_reader :owner',
    '',
    '  def initialize(owner)',
    '    @owner = owner',
    '  end',
    '',
    '  def perform',
    '    load_rows',
    '    { total: @rows.count }',
    '  end',
    '',
    '  private',
    '',
    '  def load_rows',
    '    @rows = owner.leads.where(company: "x")',
    '  end',
    'end',
  );
  const caller = lines('class TeamController < ApplicationController', '  def index', '    render json: TeamLeadFinder.new(current_user).perform', '  end', 'end');
  const f = { 'app/finders/team_lead_finder.rb': finder, 'app/controllers/team_controller.rb': caller };
  assert.deepEqual(findings(f, 'app/finders/team_lead_finder.rb'), ['10:14 public.leads @rows']);
});
