/**
 * Pass-through wrappers (a method whose only statement calls another by its bare name, handing its
 * parameters on: a memoising, instrumenting or compatibility layer) change nothing the database sees:
 * - a class macro wrapping the one that declares scopes (`def uses_permissions = uses_permissions_impl`,
 *   declarations.ts) declares them too;
 * - a job's `perform(row)` handing `row` to `perform_impl(row)`: the parameter holds what the job's
 *   callers pass (record-writes.ts);
 * - a model method calling `save` reached bare from a wrapper called on loaded records (self-save.ts);
 * - a record a caller gets from a private helper that wraps the finder helper (current-attributes.ts).
 * Precision: a wrapper called on a new record, or one that passes something else, stays silent.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

test('a class macro that only calls the macro declaring a scope declares that scope', () => {
  const job = 'app/jobs/mine_job.rb';
  const extra = {
    'lib/permissions.rb': lines(
      'module Permissions',
      '  def self.included(base)',
      '    base.extend(ClassMethods)',
      '  end',
      '',
      '  module ClassMethods',
      '    def uses_user_permissions',
      '      uses_user_permissions_impl',
      '    end',
      '',
      '    def uses_user_permissions_impl',
      '      scope :mine, ->(user) { where(user_id: user.id) }',
      '    end',
      '  end',
      'end',
    ),
    'app/models/macro_lead.rb': lines('class MacroLead < ApplicationRecord', '  self.table_name = "leads"', '  uses_user_permissions', 'end'),
    [job]: lines('class MineJob < ApplicationJob', '  def perform(user)', '    MacroLead.mine(user).count', '  end', 'end'),
  };
  assert.deepEqual(findings(extra, job), ['3:5 public.leads MacroLead']);
});

const JOB = 'app/jobs/delete_row_job.rb';
const job = (handed: string): string => lines('class DeleteRowJob < ApplicationJob', '  def perform(row)', `    perform_impl(${handed})`, '  end', '', '  def perform_impl(row)', '    row.destroy!', '  end', 'end');
const CTRL = 'app/controllers/rows_controller.rb';
const ctrl = lines('class RowsController < ApplicationController', '  def destroy', '    lead = Lead.find(params[:id])', '    DeleteRowJob.perform_later(lead)', '  end', 'end');

test("a job's parameter handed on by a bare call holds what the job's callers pass", () => {
  assert.deepEqual(findings({ [JOB]: job('row'), [CTRL]: ctrl }, JOB), ['7:9 public.leads destroy!']);
  // Something else handed on (a row of another lookup) is unknown: silent.
  assert.deepEqual(findings({ [JOB]: job('Summary.for(row)'), [CTRL]: ctrl }, JOB), []);
});

const MODEL = 'app/models/lead_reads.rb';
const model = lines('class Lead < ApplicationRecord', '  def mark_read', '    mark_read_impl', '  end', '', '  def mark_read_impl', '    self.status = "read"', '    save', '  end', 'end');

test('save in a model method a wrapper calls bare, the wrapper called on found records, is an update by primary key', () => {
  const found = lines('class ReadsController < ApplicationController', '  def update', '    @lead = Lead.find(params[:id])', '    @lead.mark_read', '  end', 'end');
  assert.deepEqual(findings({ [MODEL]: model, 'app/controllers/reads_controller.rb': found }, MODEL), ['8:5 public.leads save']);
  const built = lines('class ReadsController < ApplicationController', '  def create', '    lead = Lead.new(company: "x")', '    lead.mark_read', '  end', 'end');
  assert.deepEqual(findings({ [MODEL]: model, 'app/controllers/reads_controller.rb': built }, MODEL), []);
});

test("a record from a private helper wrapping the finder helper is the finder's record", () => {
  const svc = 'app/services/archive_row.rb';
  const service = lines('class ArchiveRow', '  def initialize(row)', '    @row = row', '  end', '', '  def call', '    @row.update_columns(status: "archived")', '  end', 'end');
  const controller = lines(
    'class ArchivesController < ApplicationController',
    '  def create',
    '    row = find_row',
    '    ArchiveRow.new(row).call',
    '  end',
    '',
    '  private',
    '',
    '  def find_row',
    '    find_row_impl',
    '  end',
    '',
    '  def find_row_impl',
    '    Lead.find_by!(id: params[:id])',
    '  end',
    'end',
  );
  assert.deepEqual(findings({ [svc]: service, 'app/controllers/archives_controller.rb': controller }, svc), ['7:10 public.leads update_columns']);
});
