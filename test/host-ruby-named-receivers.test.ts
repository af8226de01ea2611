/**
 * Real-application review (round twelve, human-essentials): a receiver named after a model
 * (`current_organization`, `@partner`) whose value the code does not show in full (a helper that
 * returns `current_role.resource` on one path and `Organization.find_by(…)` on another) is that
 * model when the next call is one of its associations: the association's relation is judged.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CatalogView } from '../server/src/engine/catalog/model';
import { loadRailsFixture, railsFindings, rubyLines as lines } from './helpers/rails-fixture';

let catalog: CatalogView;

void before(async () => {
  ({ catalog } = await loadRailsFixture());
});

const base = {
  'app/controllers/board_base_controller.rb': lines(
    'class BoardBaseController < ApplicationController',
    '  def current_campaign',
    '    return @current_campaign if instance_variable_defined?(:@current_campaign)',
    '',
    '    @current_campaign = if session_role.resource.is_a?(Campaign)',
    '      session_role.resource',
    '    else',
    '      Campaign.find_by(id: params[:campaign_id], user_id: current_user.id)',
    '    end',
    '  end',
    '',
    '  def current_widget',
    '    session_role.resource',
    '  end',
    'end',
  ),
};

const short = (found: string[]): string[] => found.map((f) => f.split(' ').slice(0, 2).join(' '));

void test('a helper named after a model whose value is partly unseen: its association read is judged', () => {
  const rel = 'app/controllers/boards_controller.rb';
  const ctrl = lines(
    'class BoardsController < BoardBaseController',
    '  def show',
    '    @leads = current_campaign.leads.order(:id).to_a',
    '    @recent = current_campaign.recent_leads.to_a',
    '  end',
    'end',
  );
  // leads are read by campaign_id only (RANGE by created_at: every partition); recent_leads' scope
  // bounds created_at.
  assert.deepEqual(short(railsFindings(catalog, { ...base, [rel]: ctrl }, rel)), ['3:31 public.leads']);
});

void test('a name no model has, or a call that is no association of the model, stays silent', () => {
  const rel = 'app/controllers/widgets_controller.rb';
  const ctrl = lines(
    'class WidgetsController < BoardBaseController',
    '  def show',
    '    @leads = current_widget.leads.order(:id).to_a',
    '    @label = current_campaign.display_label(:short)',
    '  end',
    'end',
  );
  assert.deepEqual(railsFindings(catalog, { ...base, [rel]: ctrl }, rel), []);
});
