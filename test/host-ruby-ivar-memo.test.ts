/**
 * Helpers that memoize in an instance variable they assign last (server/src/engine/host/ruby/ivar-memo.ts):
 * `return @x if defined?(@x)` then `@x = Model.find_by(…)` returns the record, so an association
 * read on it (`current_team.leads.count`) is judged at the caller, across the controller hierarchy
 * and in plain objects. Then the forms that stay silent: the key given at the caller, a guard
 * returning another variable, a relation assigned last (still judged as before).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

/** `line table` of each finding in `rel`. */
const found = (files: Record<string, string>, rel: string): string[] => findings(files, rel).map((f) => `${f.split(':')[0]} ${f.split(' ')[1]}`);

const BASE = 'app/controllers/teams/base_controller.rb';
const baseController = (...memo: string[]): string =>
  lines('module Teams', '  class BaseController < ApplicationController', '    def current_team', ...memo.map((l) => `      ${l}`), '    end', '  end', 'end');
const MEMO = baseController('return @current_team if defined?(@current_team)', '', '@current_team = Campaign.find_by(name: params[:team_id])');

const LEADS = 'app/controllers/teams/leads_controller.rb';
const leadsController = lines(
  'module Teams',
  '  class LeadsController < Teams::BaseController',
  '    def index',
  '      @total = current_team.leads.count',
  '      @recent = current_team.leads.where(created_at: 1.week.ago..).to_a',
  '      @lead = current_team.leads.find(params[:id])',
  '    end',
  '  end',
  'end',
);

test('a record memoized by a base controller helper: association reads in a subclass action', () => {
  assert.deepEqual(found({ [BASE]: MEMO, [LEADS]: leadsController }, LEADS), ['4 public.leads', '6 public.leads']);
  // The same helper memoized with `if @x` / `unless @x.nil?`.
  for (const guard of ['return @current_team if @current_team', 'return @current_team unless @current_team.nil?']) {
    const base = baseController(guard, '@current_team = Campaign.find_by(name: params[:team_id])');
    assert.deepEqual(found({ [BASE]: base, [LEADS]: leadsController }, LEADS), ['4 public.leads', '6 public.leads'], guard);
  }
});

test('a plain object memoizing a record found by a model class method', () => {
  const file = 'app/services/team_report.rb';
  const text = lines(
    'class TeamReport',
    '  def initialize(slug)',
    '    @slug = slug',
    '  end',
    '',
    '  def rows',
    '    team.leads.order(:id).to_a',
    '  end',
    '',
    '  private',
    '',
    '  def team',
    '    return @team if defined?(@team)',
    '',
    '    @team = Campaign.by_slug(@slug)',
    '  end',
    'end',
  );
  const model = lines('class Campaign < ApplicationRecord', '  def self.by_slug(slug)', '    find_by(name: slug.to_s.downcase)', '  end', 'end');
  // (The finder itself reads campaigns by name, without their key: reported at its call.)
  assert.deepEqual(found({ [file]: text, 'app/models/campaign_slugs.rb': model }, file), ['7 public.leads', '15 public.campaigns']);
});

test('precision: a guard returning another variable, and a helper assigning a relation last', () => {
  const other = baseController('return @team if defined?(@team)', '@current_team = Campaign.find_by(name: params[:team_id])');
  assert.deepEqual(found({ [BASE]: other, [LEADS]: leadsController }, LEADS), []);
  const file = 'app/controllers/teams/windows_controller.rb';
  const text = lines(
    'module Teams',
    '  class WindowsController < Teams::BaseController',
    '    def index',
    '      @count = recent_leads.where(company: params[:company]).count',
    '    end',
    '',
    '    private',
    '',
    '    def recent_leads',
    '      return @recent_leads if defined?(@recent_leads)',
    '',
    '      @recent_leads = Lead.where(created_at: 1.week.ago..)',
    '    end',
    '  end',
    'end',
  );
  assert.deepEqual(found({ [BASE]: MEMO, [file]: text }, file), []);
});
