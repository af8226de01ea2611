/**
 * Controller helpers (Octobox's `NotificationsConcern`, Mastodon's and Discourse's controller
 * helpers): private methods and concern methods that build the relation an action runs.
 * - A helper reaching a partitioned model only through an association named unlike it
 *   (`@team.prospects` with `class_name: "Lead"`) makes the actions calling it worth checking.
 * - An object a helper keeps in an instance variable (`@finder = ProspectFinder.new(scope: …)`)
 *   is what the helper reads back later (`@finder.scope`), though the variable goes to the view.
 * - A helper with parameters (`def summarize(rows = queued_rows)`, `def tally_states(rows)`) runs what
 *   the actions give it, or leaves at its default: each action reaching it (through other helpers,
 *   in the controller or a concern) is judged, and the shared placement decides (all alike →
 *   inside the helper; differing → at the actions that scan; unseen → nothing).
 * Precision: the same actions adding the partition key stay silent.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const TEAM = {
  'app/models/team.rb': lines('class Team < ApplicationRecord', '  has_many :prospects, class_name: "Lead"', 'end'),
  'app/services/prospect_finder.rb': lines(
    'class ProspectFinder',
    '  attr_reader :scope',
    '',
    '  def initialize(scope:, term: nil)',
    '    @scope = scope',
    '    @term = term',
    '  end',
    'end',
  ),
};

describe('controller helpers', () => {
  // Action names no other method of the fixture has: a unit mentioning a reaching name is checked anyway.
  test('a private helper reaching the table through an association named unlike it', () => {
    const ctrl = 'app/controllers/prospects_controller.rb';
    const files = {
      ...TEAM,
      [ctrl]: lines(
        'class ProspectsController < ApplicationController',
        '  def tally',
        '    @open = open_prospects.count',
        '  end',
        '',
        '  def fresh_tally',
        '    @recent = open_prospects.where(created_at: 1.day.ago..).count',
        '  end',
        '',
        '  private',
        '',
        '  def open_prospects',
        '    @team.prospects.where(status: "open")',
        '  end',
        'end',
      ),
    };
    assert.deepEqual(findings(files, ctrl), ['3:13 public.leads open_prospects']);
  });

  test('an object a helper keeps in an instance variable and reads back', () => {
    const ctrl = 'app/controllers/prospect_lists_controller.rb';
    const files = {
      ...TEAM,
      [ctrl]: lines(
        'class ProspectListsController < ApplicationController',
        '  def archive',
        '    listed.update_all(status: "archived")',
        '  end',
        '',
        '  def archive_recent',
        '    listed.where(created_at: 1.week.ago..).update_all(status: "archived")',
        '  end',
        '',
        '  private',
        '',
        '  def listed',
        '    @finder = ProspectFinder.new(scope: @team.prospects, term: params[:q])',
        '    @finder.scope.where(status: "open")',
        '  end',
        'end',
      ),
    };
    assert.deepEqual(findings(files, ctrl), ['3:5 public.leads listed']);
  });

  const helpers = (queued: string, actions: string[]): Record<string, string> => ({
    ...TEAM,
    'app/controllers/concerns/queue_summary.rb': lines(
      'module QueueSummary',
      '  def summarize(rows = queued_rows)',
      '    @waiting = rows.count',
      '    tally_states(rows)',
      '  end',
      '',
      '  def tally_states(rows)',
      '    @by_state = rows.group(:status).count',
      '  end',
      '',
      '  def queued_rows',
      `    ${queued}`,
      '  end',
      'end',
    ),
    'app/controllers/review_queues_controller.rb': lines('class ReviewQueuesController < ApplicationController', '  include QueueSummary', '', ...actions, 'end'),
  });
  const concern = 'app/controllers/concerns/queue_summary.rb';
  const ctrl = 'app/controllers/review_queues_controller.rb';

  test('a concern helper running its defaulted parameter, every action alike: reported inside', () => {
    const files = helpers('@team.prospects.where(status: "queued")', ['  def overview', '    summarize', '  end', '', '  def board', '    summarize', '    render :board', '  end']);
    assert.deepEqual(findings(files, concern), ['3:16 public.leads rows.count', '8:17 public.leads rows.group(:status).count']);
    assert.deepEqual(findings(files, ctrl), []);
  });

  test('every action giving the partition key: silent', () => {
    const files = helpers('@team.prospects.where(status: "queued", created_at: 1.week.ago..)', ['  def overview', '    summarize', '  end']);
    assert.deepEqual(findings(files, concern), []);
    assert.deepEqual(findings(files, ctrl), []);
  });

  test('actions differing: reported at the action that scans', () => {
    const files = helpers('@team.prospects.where(status: "queued")', ['  def overview', '    summarize', '  end', '', '  def recent', '    summarize_recent', '  end', '', '  private', '', '  def summarize_recent', '    summarize(@team.prospects.where(created_at: 1.day.ago..))', '  end']);
    assert.deepEqual(findings(files, concern), []);
    assert.deepEqual(findings(files, ctrl), ['5:5 public.leads summarize']);
  });

  test('a helper called from code we cannot trace to an action: silent', () => {
    const files = { ...helpers('@team.prospects.where(status: "queued")', ['  def overview', '    summarize', '  end']), 'lib/queue_report.rb': lines('module QueueReport', '  def self.build', '    summarize', '  end', 'end') };
    assert.deepEqual(findings(files, concern), []);
  });
});

