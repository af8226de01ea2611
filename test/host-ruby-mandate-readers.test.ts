/**
 * Mandate (Exercism's command objects): `initialize_with :entry, reason: nil` declares
 * `def initialize(entry, reason: nil)` setting `@entry`/`@reason` and a reader for each, so a
 * command run as `Klass.(record, …)` reads the record its callers hand it through the reader, like
 * an `attr_reader` set by a constructor parameter. Precision: a new record handed in stays silent.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const CMD = 'app/commands/entries/close.rb';
const cmd = lines(
  'module Entries',
  '  class Close',
  '    include Mandate',
  '',
  '    initialize_with :entry, reason: nil',
  '',
  '    def call',
  '      entry.update!(status: reason || "closed")',
  '      entry.agent_outputs.where(kind: "draft").delete_all',
  '    end',
  '  end',
  'end',
);
const CTRL = 'app/controllers/entries_controller.rb';

test('a Mandate reader of a record its callers pass: the write and the association read are judged', () => {
  const ctrl = lines('class EntriesController < ApplicationController', '  def close', '    entry = Lead.find(params[:id])', '    Entries::Close.(entry, reason: params[:reason])', '  end', 'end');
  const found = findings({ [CMD]: cmd, [CTRL]: ctrl }, CMD).map((f) => f.split(' ').slice(0, 2).join(' '));
  // `update!` writes leads by id only; agent_outputs are deleted by lead_id: both read every partition.
  assert.deepEqual(found, ['8:13 public.leads', '9:13 public.agent_outputs']);
});

test('a Mandate command given a record built in memory: its save is an insert, nothing is reported for it', () => {
  const ctrl = lines('class EntriesController < ApplicationController', '  def close', '    entry = Lead.new(company: "x")', '    Entries::Close.(entry)', '  end', 'end');
  const found = findings({ [CMD]: cmd, [CTRL]: ctrl }, CMD).map((f) => f.split(' ').slice(0, 2).join(' '));
  assert.ok(!found.some((f) => f.startsWith('8:')), found.join('\n'));
});
