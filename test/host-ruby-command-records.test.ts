/**
 * Records handed to command/service objects (server/src/engine/host/ruby/constructor-forwarders.ts,
 * loaded-records.ts): `ArchiveItem.call(item, reason)` through an inherited `def self.call(*args) =
 * new(*args).call` types `initialize`'s parameter like `ArchiveItem.new(…)` would, and the caller's
 * argument is a row a finder loaded from a relation the caller's file builds (`scoped.find(id)` with
 * a one-line private method), or the block parameter of a loop over such a relation. Its writes go
 * by primary key only. Precision: a new record, plucked ids, a class method that does not pass all
 * its arguments on, and a relation through a method we cannot read stay silent.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const BASE = 'app/services/base_command.rb';
const base = lines('class BaseCommand', '  def self.call(*args, &block)', '    new(*args).tap { |c| c.subscribe(block) if block }.call', '  end', 'end');
const CMD = 'app/services/archive_item.rb';
const cmd = lines('class ArchiveItem < BaseCommand', '  def initialize(item, reason)', '    @item = item', '    @reason = reason', '  end', '', '  def call', '    @item.update!(company: @reason)', '  end', 'end');
const controller = (found: string): string =>
  lines(
    'class ItemsController < ApplicationController',
    '  def archive',
    `    item = ${found}`,
    '    ArchiveItem.call(item, params[:reason]) do',
    '      on(:ok) { redirect_to items_path }',
    '    end',
    '  end',
    '',
    '  private',
    '',
    '  def scoped_items',
    '    Lead.where(user_id: current_user.id).recent',
    '  end',
    'end',
  );
const CTRL = 'app/controllers/items_controller.rb';

test("a record a command's inherited call hands to initialize, found on the caller's helper relation, is written by primary key", () => {
  const f = { [BASE]: base, [CMD]: cmd, [CTRL]: controller('scoped_items.find(params[:id])') };
  assert.deepEqual(findings(f, CMD), ['8:11 public.leads update!']);
});

test('a new record, or a finder on a relation we cannot read, leaves the command silent', () => {
  assert.deepEqual(findings({ [BASE]: base, [CMD]: cmd, [CTRL]: controller('Lead.new(company: "x")') }, CMD), []);
  assert.deepEqual(findings({ [BASE]: base, [CMD]: cmd, [CTRL]: controller('scoped_items.to_a.sample') }, CMD), []);
  // A class method with a parameter of its own shifts what reaches `initialize`: not a constructor forwarder.
  const shifted = lines('class BaseCommand', '  def self.call(user, *args)', '    new(*args).call', '  end', 'end');
  assert.deepEqual(findings({ [BASE]: shifted, [CMD]: cmd, [CTRL]: controller('scoped_items.find(params[:id])') }, CMD), []);
});

const TOUCH = 'app/services/touch_row.rb';
const touch = lines('class TouchRow', '  def initialize(target:)', '    @target = target', '  end', '', '  def call', '    @target.touch', '  end', 'end');
const sweep = (source: string): string =>
  lines('class SweepJob < ApplicationJob', '  def perform', `    @stale = ${source}`, '    @stale.each do |row|', '      TouchRow.new(target: row).call', '    end', '  end', 'end');
const JOB = 'app/jobs/sweep_job.rb';

test('a row a loop over a relation hands to a service is written by primary key in the service', () => {
  const f = { [TOUCH]: touch, [JOB]: sweep('Lead.where(company: nil).order(:id)') };
  assert.deepEqual(findings(f, TOUCH), ['7:13 public.leads touch']);
});

test('ids plucked from the relation are no records: the service stays silent', () => {
  const f = { [TOUCH]: touch, [JOB]: sweep('Lead.where(company: nil).pluck(:id)') };
  assert.deepEqual(findings(f, TOUCH), []);
});

const JOB2 = 'app/jobs/refresh_row_job.rb';
const job2 = (body: string): string => lines('class RefreshRowJob < ApplicationJob', '  def perform(row, reason: nil)', `    ${body}`, '    TouchRow.new(target: row).call', '  end', 'end');
const MODEL = 'app/models/lead_refresh.rb';
const model = (def: string): string => lines('class Lead < ApplicationRecord', `  def ${def}`, '    RefreshRowJob.perform_later(self, reason: "stale")', '  end', 'end');

test("a job's parameter handed on to a service holds what the job's callers pass: self of a model's instance method", () => {
  const f = { [TOUCH]: touch, [JOB2]: job2('Rails.logger.info(reason)'), [MODEL]: model('refresh_later') };
  assert.deepEqual(findings(f, TOUCH), ['7:13 public.leads touch']);
});

test('self of a class method, or a parameter reassigned before it is handed on, is unknown', () => {
  assert.deepEqual(findings({ [TOUCH]: touch, [JOB2]: job2('Rails.logger.info(reason)'), [MODEL]: model('self.refresh_all') }, TOUCH), []);
  assert.deepEqual(findings({ [TOUCH]: touch, [JOB2]: job2('row = Summary.for(row)'), [MODEL]: model('refresh_later') }, TOUCH), []);
});

test('a class method passing its keywords alone to new (`def self.call(**kw) = new(**kw).call`) types keyword parameters', () => {
  const svc = lines('class TouchItem', '  def self.call(**options) = new(**options).call', '', '  def initialize(item:)', '    @item = item', '  end', '', '  def call', '    @item.touch', '  end', 'end');
  const job = lines('class TouchAllJob < ApplicationJob', '  def perform', '    Lead.where(company: nil).find_each do |lead_row|', '      TouchItem.call(item: lead_row)', '    end', '  end', 'end');
  assert.deepEqual(findings({ 'app/services/touch_item.rb': svc, 'app/jobs/touch_all_job.rb': job }, 'app/services/touch_item.rb'), ['9:11 public.leads touch']);
});

// A wrapper around the forwarder (`def self.call(*args, &block) = call_uncached(*args, &block)`)
// hands every argument on unchanged, and a helper whose last statement builds the relation after
// assigning locals (`conditions = { … }` then `Lead.where(conditions)`) returns that relation.
test('a command called through a wrapper of its forwarder, with a record found on a helper that builds its conditions first, is written by primary key', () => {
  const wrapped = lines('class BaseCommand', '  def self.call(*args, &block)', '    call_uncached(*args, &block)', '  end', '', '  def self.call_uncached(*args, &block)', '    new(*args).tap { |c| c.subscribe(block) if block }.call', '  end', 'end');
  const ctrl = controller('scoped_items.find(params[:id])').replace('    Lead.where(user_id: current_user.id).recent\n', '    conditions = { user_id: current_user.id }\n    Lead.where(conditions)\n      .recent\n');
  assert.deepEqual(findings({ [BASE]: wrapped, [CMD]: cmd, [CTRL]: ctrl }, CMD), ['8:11 public.leads update!']);
});

test('a helper that returns something else on another path, or a wrapper that keeps an argument, leaves the command silent', () => {
  const early = controller('scoped_items.find(params[:id])').replace('    Lead.where(user_id: current_user.id).recent\n', '    return Campaign.none if params[:none]\n    Lead.where(user_id: current_user.id).recent\n');
  assert.deepEqual(findings({ [BASE]: base, [CMD]: cmd, [CTRL]: early }, CMD), []);
  const shifting = lines('class BaseCommand', '  def self.call(user, *args)', '    call_uncached(*args)', '  end', '', '  def self.call_uncached(*args)', '    new(*args).call', '  end', 'end');
  assert.deepEqual(findings({ [BASE]: shifting, [CMD]: cmd, [CTRL]: controller('scoped_items.find(params[:id])') }, CMD), []);
});

// The caller's record assigned by a chain written one call per line (`@row = Lead\n  .where(…)\n  .find(id)`):
// the continuation lines belong to the assignment.
test('a record assigned by a chain over several lines, handed to a service, is written by primary key', () => {
  const job = lines('class SweepJob < ApplicationJob', '  def perform(id)', '    @row = Lead', '      .where(company: nil)', '      .find(id)', '    TouchRow.new(target: @row).call', '  end', 'end');
  assert.deepEqual(findings({ [TOUCH]: touch, 'app/jobs/sweep_job.rb': job }, TOUCH), ['7:13 public.leads touch']);
  const plucked = lines('class SweepJob < ApplicationJob', '  def perform(id)', '    @row = Lead', '      .where(company: nil)', '      .pluck(:id)', '    TouchRow.new(target: @row).call', '  end', 'end');
  assert.deepEqual(findings({ [TOUCH]: touch, 'app/jobs/sweep_job.rb': plucked }, TOUCH), []);
});
