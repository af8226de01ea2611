/**
 * Controller concerns (Manyfold's `ModelListable`, `Filterable`): an action assigns `@models` and
 * calls a concern's private method that refines it for the view (`@models = @models.page(…)`):
 * the view runs the concern's last value, so the finding is there, not at the action. Methods of
 * modules a concern includes in `included do … end` are found, and an object a concern's public
 * callback (`before_action :get_filters`) builds is the action's `@filter`.
 * Precision: the key added in the action keeps both silent; an action whose view would run the
 * relation with no refining method stays reported at the action.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { CatalogView } from '../server/src/engine/catalog/model';
import { loadRailsFixture, railsFindings, rubyLines as lines } from './helpers/rails-fixture';

let catalog: CatalogView;

void before(async () => {
  ({ catalog } = await loadRailsFixture());
});

const CONCERNS = {
  'app/controllers/concerns/sorting.rb': lines('module Sorting', '  private', '', '  def sorted(rel)', '    params[:recent] ? rel.order(created_at: :desc) : rel.order(:company)', '  end', 'end'),
  'app/controllers/concerns/listing.rb': lines(
    'module Listing',
    '  extend ActiveSupport::Concern',
    '',
    '  included do',
    '    include Sorting',
    '  end',
    '',
    '  private',
    '',
    '  def prepare_list',
    '    @leads = sorted(@leads)',
    '    @leads = @leads.limit(25).offset(params[:offset].to_i)',
    '  end',
    'end',
  ),
  'app/controllers/concerns/filtering.rb': lines(
    'module Filtering',
    '  extend ActiveSupport::Concern',
    '',
    '  included do',
    '    before_action :get_filters, only: [:index]',
    '  end',
    '',
    '  def get_filters',
    '    @filter = LeadFilter.new(params)',
    '  end',
    'end',
  ),
  'app/services/lead_filter.rb': lines(
    'class LeadFilter',
    '  def initialize(params)',
    '    @company = params[:company]',
    '  end',
    '',
    '  def apply(scope)',
    '    @company ? scope.where(company: @company) : scope',
    '  end',
    'end',
  ),
};

const controller = (name: string, ...index: string[]): string =>
  lines(`class ${name} < ApplicationController`, '  include Listing', '  include Filtering', '', '  def index', ...index.map((l) => `    ${l}`), '  end', 'end');

/** Findings (`line:col table`) in each file of the application with the controllers given. */
function findings(controllers: Record<string, string>): Record<string, string[]> {
  const extra = { ...CONCERNS, ...controllers };
  const out: Record<string, string[]> = {};
  for (const f of [...Object.keys(controllers), 'app/controllers/concerns/listing.rb']) out[f] = railsFindings(catalog, extra, f).map((x) => x.split(' ').slice(0, 2).join(' '));
  return out;
}

void describe('a concern\'s private method refining an action\'s instance variable for the view', () => {
  test('the view runs the concern\'s last value: reported there, not at the action', () => {
    const r = findings({ 'app/controllers/board_controller.rb': controller('BoardController', '@leads = Lead.where(user_id: current_user.id)', 'prepare_list') });
    assert.deepEqual(r, { 'app/controllers/board_controller.rb': [], 'app/controllers/concerns/listing.rb': ['12:14 public.leads'] });
  });
  test('an object built by a concern\'s public callback is the action\'s instance variable', () => {
    const r = findings({ 'app/controllers/board_controller.rb': controller('BoardController', '@leads = @filter.apply(Lead.all)', 'prepare_list') });
    assert.deepEqual(r, { 'app/controllers/board_controller.rb': [], 'app/controllers/concerns/listing.rb': ['12:14 public.leads'] });
  });
});

void describe('precision', () => {
  test('the key added in the action: silent at the action and in the concern', () => {
    const r = findings({ 'app/controllers/board_controller.rb': controller('BoardController', '@leads = Lead.where(created_at: 1.week.ago..)', 'prepare_list') });
    assert.deepEqual(r, { 'app/controllers/board_controller.rb': [], 'app/controllers/concerns/listing.rb': [] });
  });
  test('an action that does not call the refining method keeps its own finding', () => {
    const r = findings({ 'app/controllers/board_controller.rb': controller('BoardController', '@leads = Lead.where(user_id: current_user.id)') });
    assert.deepEqual(r, { 'app/controllers/board_controller.rb': ['6:14 public.leads'], 'app/controllers/concerns/listing.rb': [] });
  });
});
