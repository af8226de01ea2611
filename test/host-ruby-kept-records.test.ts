/**
 * Records kept where a later statement writes them (record-writes.ts, ivar-lifecycle.ts,
 * controller-callbacks.ts): a service's `call(status)` keeping its parameter in `@status` for its
 * private methods, callers handing the record with `**options` after it, and the rows a controller
 * callback loads (`@issues = ….to_a`) that an action writes one by one. A write of a loaded record
 * goes by its primary key (the executed suites check that SQL against real ActiveRecord); these
 * tests check that the record's model is followed to the write, and not guessed where it cannot be seen.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CatalogView } from '../server/src/engine/catalog/model';
import { loadRailsFixture, railsFindings, rubyLines as lines } from './helpers/rails-fixture';

let catalog: CatalogView;

void before(async () => {
  ({ catalog } = await loadRailsFixture());
});

/** `line:col table text` of the findings in `rel`, checked with the other files. */
const found = (files: Record<string, string>, rel: string): string[] => railsFindings(catalog, files, rel);

const SERVICE = lines(
  'class PurgeOutputsService',
  '  def call(target, reason = nil, **flags)',
  '    @target = target',
  '    @flags = flags',
  '    wipe_outputs',
  '    @target.touch unless @flags[:quiet]',
  '  end',
  '',
  '  private',
  '',
  '  def wipe_outputs',
  '    @target.agent_outputs.delete_all',
  '  end',
  'end',
);

void test('kept records: a parameter kept in an instance variable by a non-initialize method is what its callers pass', () => {
  const caller = lines('class PurgeWorker', '  def perform(id, opts = {})', '    PurgeOutputsService.new.call(Lead.find(id), "expired", **opts.symbolize_keys)', '  end', 'end');
  const files = { 'app/services/purge_outputs_service.rb': SERVICE, 'app/workers/purge_worker.rb': caller };
  assert.deepEqual(found(files, 'app/services/purge_outputs_service.rb'), ['6:13 public.leads touch', '12:13 public.agent_outputs agent_outputs']);
});

void test('kept records: silent when the callers pass no record we can type, or records of two models', () => {
  const unknown = lines('class PurgeWorker', '  def perform(thing)', '    PurgeOutputsService.new.call(thing)', '  end', 'end');
  assert.deepEqual(found({ 'app/services/purge_outputs_service.rb': SERVICE, 'app/workers/purge_worker.rb': unknown }, 'app/services/purge_outputs_service.rb'), []);
  const two = lines('class PurgeWorker', '  def a(id)', '    PurgeOutputsService.new.call(Lead.find(id))', '  end', '', '  def b(id)', '    PurgeOutputsService.new.call(Campaign.find(id))', '  end', 'end');
  assert.deepEqual(found({ 'app/services/purge_outputs_service.rb': SERVICE, 'app/workers/purge_worker.rb': two }, 'app/services/purge_outputs_service.rb'), []);
  // A second method assigning the variable from something else: its value is not one parameter's.
  const reassigned = SERVICE.replace('  private\n', '  def reset\n    @target = nil\n  end\n\n  private\n');
  const caller = lines('class PurgeWorker', '  def perform(id)', '    PurgeOutputsService.new.call(Lead.find(id))', '  end', 'end');
  assert.deepEqual(
    found({ 'app/services/purge_outputs_service.rb': reassigned, 'app/workers/purge_worker.rb': caller }, 'app/services/purge_outputs_service.rb').map((f) => f.split(' ').slice(1).join(' ')),
    ['public.leads touch'],
  );
});

const BULK = lines(
  'class Admin::BulkLeadsController < Admin::BaseController',
  '  before_action :load_leads, only: %i[archive purge]',
  '',
  '  def archive',
  '    @leads.each do |lead|',
  '      lead.company = "archived"',
  '      lead.save!',
  '    end',
  '  end',
  '',
  '  def purge',
  '    @leads.each(&:destroy)',
  '  end',
  'end',
);

void test('kept records: rows a base controller callback loads are written one by one by the actions', () => {
  const base = lines('class Admin::BaseController < ApplicationController', '  private', '', '  def load_leads', '    @leads = Lead.where(id: params[:ids]).to_a', '    head :not_found if @leads.empty?', '  end', 'end');
  const files = { 'app/controllers/admin/base_controller.rb': base, 'app/controllers/admin/bulk_leads_controller.rb': BULK };
  assert.deepEqual(found(files, 'app/controllers/admin/bulk_leads_controller.rb'), ['7:12 public.leads save!', '12:17 public.leads &:destroy']);
});

void test('kept records: silent when the callbacks load rows of a plain table, or of two models', () => {
  // Rows of the unpartitioned users table under a misleading name.
  const plain = lines('class Admin::BaseController < ApplicationController', '  private', '', '  def load_leads', '    @leads = User.where(id: params[:ids]).to_a', '  end', 'end');
  assert.deepEqual(found({ 'app/controllers/admin/base_controller.rb': plain, 'app/controllers/admin/bulk_leads_controller.rb': BULK }, 'app/controllers/admin/bulk_leads_controller.rb'), []);
  // Two callbacks loading rows of two models: unknown.
  const two = lines(
    'class Admin::BaseController < ApplicationController',
    '  private',
    '',
    '  def load_leads',
    '    @leads = Lead.where(id: params[:ids]).to_a',
    '  end',
    '',
    '  def load_users',
    '    @leads = User.where(id: params[:ids]).to_a',
    '  end',
    'end',
  );
  assert.deepEqual(found({ 'app/controllers/admin/base_controller.rb': two, 'app/controllers/admin/bulk_leads_controller.rb': BULK }, 'app/controllers/admin/bulk_leads_controller.rb'), []);
});
