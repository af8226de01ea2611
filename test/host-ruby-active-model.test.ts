/**
 * `include ActiveModel::Model` gives a plain class `initialize(attributes = {})` that calls each
 * given attribute's writer (server/src/engine/host/ruby/active-model-init.ts): Fizzy's `Filter`
 * built with `creator: Current.user` reads the user's cards through `attr_accessor :creator`,
 * and a window the caller gives bounds them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const FILES = {
  'app/models/tenancy.rb': lines('class Tenancy < ActiveSupport::CurrentAttributes', '  attribute :account', 'end'),
  'app/controllers/tenant_controller.rb': lines(
    'class TenantController < ApplicationController',
    '  before_action :set_account',
    '',
    '  private',
    '',
    '  def set_account',
    '    Tenancy.account = User.find(params[:account_id])',
    '  end',
    'end',
  ),
  'app/models/lead_filter.rb': lines(
    'class LeadFilter',
    '  include ActiveModel::Model',
    '',
    '  attr_accessor :owner, :since',
    '',
    '  def leads',
    '    rel = owner.leads',
    '    rel = rel.where(created_at: since..) if since',
    '    rel',
    '  end',
    'end',
  ),
};
const CTRL = 'app/controllers/filters_controller.rb';
const ctrl = (args: string): string => lines('class FiltersController < TenantController', '  def index', `    @leads = LeadFilter.new(${args}).leads.to_a`, '  end', 'end');

test("the attributes given to an ActiveModel object's constructor are its attribute readers' values", () => {
  assert.deepEqual(findings({ ...FILES, [CTRL]: ctrl('owner: Tenancy.account') }, CTRL), ['3:53 public.leads leads']);
  assert.deepEqual(findings({ ...FILES, [CTRL]: ctrl('owner: Tenancy.account, since: 1.week.ago') }, CTRL), []);
});
