/**
 * ActiveSupport::Concern dependencies: a concern that includes another concern (Thredded's
 * `ContentModerationState` including `ModerationState`, whose `included do enum … end` defines
 * `pending_moderation`) hands the inner concern's scopes to the final model, as Rails does.
 * Precision: the inner scope that adds the partition key keeps its chain silent.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();
const files = {
  'app/models/concerns/review_states.rb': lines(
    'module ReviewStates',
    '  extend ActiveSupport::Concern',
    '',
    '  included do',
    '    enum :review_state, { queued: 0, cleared: 1 }',
    '    scope :fresh, -> { where(created_at: 1.day.ago..) }',
    '  end',
    'end',
  ),
  'app/models/concerns/reviewable.rb': lines('module Reviewable', '  extend ActiveSupport::Concern', '  include ReviewStates', 'end'),
  'app/models/review_item.rb': lines('class ReviewItem < ApplicationRecord', '  self.table_name = "leads"', '  include Reviewable', 'end'),
  'app/services/review_counts.rb': lines('class ReviewCounts', '  def queued', '    ReviewItem.queued.count', '  end', '', '  def fresh_queued', '    ReviewItem.fresh.queued.count', '  end', 'end'),
};

describe('concern dependencies', () => {
  test('a scope of a concern included by a concern', () => {
    assert.deepEqual(findings(files, 'app/services/review_counts.rb'), ['3:5 public.leads ReviewItem']);
  });
});
