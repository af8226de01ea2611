/**
 * `find_or_initialize_by` / `find_or_create_by` return the row found when there is one (Thredded's
 * `UserTopicReadState.touch!`: `state = find_or_initialize_by(user_id:, postable_id:)` then
 * `state.update!(…)`): writing it then updates by the primary key, which scans every partition on
 * that path. Precision: the record only read stays silent (its lookup has the key).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();
const file = 'app/services/lead_touch.rb';

describe('found or new records', () => {
  test('a found-or-initialized record updated, and one only read', () => {
    const files = {
      [file]: lines(
        'class LeadTouch',
        '  def touch(at, company)',
        '    lead = Lead.find_or_initialize_by(created_at: at, company: company)',
        '    lead.update!(status: "seen")',
        '  end',
        '',
        '  def peek(at, company)',
        '    Lead.find_or_initialize_by(created_at: at, company: company).status',
        '  end',
        'end',
      ),
    };
    assert.deepEqual(findings(files, file), ['4:10 public.leads update!']);
  });
});
