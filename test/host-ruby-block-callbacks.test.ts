/**
 * Controller callbacks written as blocks (server/src/engine/host/ruby/controller-block-callbacks.ts):
 * `before_action { params[:id] && @item = … .find(…) }` and `before_action only: … do … end` load
 * the record the actions write, like a private callback method; the guard only decides whether the
 * variable is set. Precision: a block building a new record, or loading a model stored in no
 * partitioned table, leaves the writes silent.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const CTRL = 'app/controllers/items_controller.rb';
const controller = (...callback: string[]): string =>
  lines('class ItemsController < ApplicationController', ...callback, '', '  def update', '    if @item.update(company: params[:company])', '      redirect_to items_path', '    end', '  end', 'end');

test("a one-line block callback's guarded finder loads the record the action writes by primary key", () => {
  const f = { [CTRL]: controller('  before_action { params[:id] && @item = current_user.leads.find(params[:id]) }') };
  // The finder itself (by id on a table partitioned by date) is judged in the block, as before.
  assert.deepEqual(findings(f, CTRL), ['2:55 public.leads leads', '5:14 public.leads update']);
});

test('a do … end block callback with options, its assignment guarded by a modifier, does too', () => {
  const f = { [CTRL]: controller('  before_action only: %i[update] do', '    @item = Lead.where(user_id: current_user.id).find(params[:id]) if params[:id]', '  end') };
  assert.deepEqual(findings(f, CTRL), ['3:13 public.leads Lead', '7:14 public.leads update']);
});

test('a block building a new record, or loading a model in no partitioned table, leaves the write silent', () => {
  assert.deepEqual(findings({ [CTRL]: controller('  before_action { @item = Lead.new(company: "x") }') }, CTRL), []);
  assert.deepEqual(findings({ [CTRL]: controller('  before_action { @item = Company.find(params[:id]) }') }, CTRL), []);
});
