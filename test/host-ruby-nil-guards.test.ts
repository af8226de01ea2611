/**
 * A value method guarded by a bare `return` (Chaskiq's `ConversationsExport#range`: `return unless
 * @params[:from].present? && @params[:to].present?` before `from..to`), read in a condition
 * (`scope.where(created_at: range) if range`): nil where its caller's hash decides the guard
 * taken, present where it decides it not taken (server/src/engine/host/ruby/nil-guards.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const SERVICE = 'app/services/lead_export.rb';
const service = lines(
  'class LeadExport',
  '  def initialize(owner, params)',
  '    @owner = owner',
  '    @params = params',
  '  end',
  '',
  '  def scope',
  '    rel = Lead.where(user_id: @owner.id)',
  '    rel = rel.where(created_at: range) if range',
  '    rel.order(created_at: :desc)',
  '  end',
  '',
  '  private',
  '',
  '  def range',
  '    return unless @params[:from].present? && @params[:to].present?',
  '',
  '    Time.zone.parse(@params[:from].to_s)..Time.zone.parse(@params[:to].to_s)',
  '  end',
  'end',
);
const WEEK = 'app/controllers/week_controller.rb';
const week = (args: string): string =>
  lines('class WeekController < ApplicationController', '  def index', `    export = LeadExport.new(current_user, ${args})`, '    render json: { count: export.scope.count }', '  end', 'end');
const OPEN = 'app/controllers/export_controller.rb';
const open = lines('class ExportController < ApplicationController', '  def index', '    render json: LeadExport.new(current_user, params).scope.to_a', '  end', 'end');

test('a caller giving both dates passes the guard: the range applies and it is silent; request params stay unknown', () => {
  const files = { [SERVICE]: service, [WEEK]: week('from: 1.week.ago.to_s, to: Time.current.to_s'), [OPEN]: open };
  assert.deepEqual(findings(files, WEEK), []);
  assert.deepEqual(findings(files, OPEN), ['3:55 public.leads scope']);
  assert.deepEqual(findings(files, SERVICE), []);
});

test('a caller leaving a date out takes the guard: the method is nil, the range never applies', () => {
  const files = { [SERVICE]: service, [WEEK]: week('from: 1.week.ago.to_s') };
  assert.deepEqual(findings(files, WEEK), ['4:34 public.leads scope']);
});
