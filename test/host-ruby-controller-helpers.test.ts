/**
 * Controller helpers (Octobox's `NotificationsConcern`, Mastodon's and Discourse's controller
 * helpers): private methods and concern methods that build the relation an action runs.
 * - A helper reaching a partitioned model only through an association named unlike it
 *   (`@team.prospects` with `class_name: "Lead"`) makes the actions calling it worth checking.
 * - An object a helper keeps in an instance variable (`@finder = ProspectFinder.new(scope: …)`)
 *   is what the helper reads back later (`@finder.scope`), though the variable goes to the view.
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
});
