/**
 * Service and permissions objects as Open Food Network writes them (batch L): a relation chosen by
 * an `if` assigned to a local, `.or` of two relations that each have alternatives, report defaults
 * merged under the request's params (`default_params.deep_merge(params)`), a relation a private
 * helper hands to a serializer (reported at the helper's call), and Pagy's `@pagy, records =
 * pagy(records)`. Precision: branches that all carry the key, defaults that make a filter always
 * apply, a page of a dated relation stay quiet.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings: findingsIn } = railsSuite();

const PERMISSIONS = {
  'app/services/lead_permissions.rb': lines(
    'class LeadPermissions',
    '  def initialize(user, search_params = nil)',
    '    @user = user',
    '    @search_params = search_params',
    '  end',
    '',
    '  def visible_leads',
    '    leads = if @user.admin?',
    '              Lead.all',
    '            else',
    '              Lead.where(user_id: @user.id)',
    '            end',
    '    filtered(leads)',
    '  end',
    '',
    '  def dated_leads',
    '    leads = if @user.admin?',
    '              Lead.where(created_at: 1.month.ago..)',
    '            else',
    '              Lead.where(user_id: @user.id, created_at: 1.week.ago..)',
    '            end',
    '    leads.where(vip: true)',
    '  end',
    '',
    '  private',
    '',
    '  attr_reader :search_params',
    '',
    '  def filtered(leads)',
    '    return leads unless search_params.present?',
    '',
    '    leads.where(created_at: search_params[:from]..search_params[:to])',
    '  end',
    'end',
  ),
};

void describe('relations chosen by an if and combined with or', () => {
  test('a local assigned an if/else of relations is either one; branches that all carry the key stay quiet', () => {
    const file = 'app/jobs/lead_export_job.rb';
    const extra = {
      ...PERMISSIONS,
      [file]: lines(
        'class LeadExportJob < ApplicationJob',
        '  def perform(user)',
        '    LeadPermissions.new(user).visible_leads.to_a',
        '    LeadPermissions.new(user).dated_leads.to_a',
        '  end',
        'end',
      ),
    };
    assert.deepEqual(findingsIn(extra, file), ['3:31 public.leads visible_leads']);
  });

  test('or of two relations that each have alternatives: every pair is judged', () => {
    const file = 'app/services/lead_search.rb';
    const extra = {
      ...PERMISSIONS,
      [file]: lines(
        'class LeadSearch',
        '  def initialize(user)',
        '    @user = user',
        '  end',
        '',
        '  def all_visible',
        '    LeadPermissions.new(@user).visible_leads.where(vip: true)',
        '      .or(LeadPermissions.new(@user).visible_leads.where(company: "x")).to_a',
        '  end',
        '',
        '  def all_dated',
        '    LeadPermissions.new(@user).dated_leads.where(company: "a")',
        '      .or(LeadPermissions.new(@user).dated_leads.where(company: "b")).to_a',
        '  end',
        'end',
      ),
    };
    assert.deepEqual(findingsIn(extra, file), ['7:32 public.leads visible_leads']);
  });
});

void describe('report defaults merged under the request params', () => {
  const template = (defaults: string): string =>
    lines(
      'class LeadReportTemplate',
      '  attr_reader :user, :params',
      '',
      '  def initialize(user, params = {})',
      '    @user = user',
      '    @params = default_params.deep_merge(params.to_h.deep_symbolize_keys)',
      '  end',
      '',
      '  def default_params',
      `    ${defaults}`,
      '  end',
      '',
      '  def search_params',
      '    params[:q]',
      '  end',
      'end',
    );
  const report = lines(
    'class LeadReport < LeadReportTemplate',
    '  def rows',
    '    LeadPermissions.new(user, search_params).visible_leads.to_a',
    '  end',
    'end',
  );

  test('a default search (last month) always filters: quiet', () => {
    const extra = {
      ...PERMISSIONS,
      'lib/lead_report_template.rb': template('{ q: { from: 1.month.ago, to: Time.current } }'),
      'lib/lead_report.rb': report,
    };
    assert.deepEqual(findingsIn(extra, 'lib/lead_report.rb'), []);
  });

  test('defaults without the search key: the request may leave the filter out', () => {
    const extra = {
      ...PERMISSIONS,
      'lib/lead_report_template.rb': template('{ format: "csv" }'),
      'lib/lead_report.rb': report,
    };
    assert.deepEqual(findingsIn(extra, 'lib/lead_report.rb'), ['3:46 public.leads visible_leads']);
  });
});

void describe('relations handed on by a controller', () => {
  test('a private helper serializing the relation: reported at the helper call in the action', () => {
    const file = 'app/controllers/api/leads_export_controller.rb';
    const extra = {
      ...PERMISSIONS,
      [file]: lines(
        'class Api::LeadsExportController < ApplicationController',
        '  def index',
        '    leads = LeadPermissions.new(current_user).visible_leads',
        '    render json: { leads: serialized(leads) }',
        '  end',
        '',
        '  private',
        '',
        '  def serialized(leads)',
        '    ActiveModel::ArraySerializer.new(leads, each_serializer: LeadSerializer)',
        '  end',
        'end',
      ),
    };
    assert.deepEqual(findingsIn(extra, file), ['4:27 public.leads serialized']);
  });

  test('pagy(relation) returns its page, run where it is used; a page of a dated relation is quiet', () => {
    const file = 'app/controllers/api/leads_pages_controller.rb';
    const extra = {
      [file]: lines(
        'class Api::LeadsPagesController < ApplicationController',
        '  def index',
        '    leads = Lead.where(user_id: current_user.id)',
        '    @pagy, leads = pagy(leads, limit: 20) if params[:page]',
        '    render json: leads',
        '  end',
        '',
        '  def recent',
        '    @pagy, leads = pagy(Lead.where(created_at: 1.week.ago..), limit: 20)',
        '    render json: leads',
        '  end',
        'end',
      ),
    };
    assert.deepEqual(findingsIn(extra, file), ['5:18 public.leads leads']);
  });

  test('a relation handed to a call we cannot see is run there, unless the call\'s result is refined as a relation', () => {
    const file = 'app/controllers/filtered_leads_controller.rb';
    const extra = {
      [file]: lines(
        'class FilteredLeadsController < ApplicationController',
        '  def index',
        '    @leads = @filter.models(Lead.where(status: "new"))',
        '  end',
        '',
        '  def show',
        '    @leads = @filter.models(Lead.where(status: "new")).where(created_at: 1.year.ago..)',
        '  end',
        'end',
      ),
    };
    assert.deepEqual(findingsIn(extra, file), ['3:29 public.leads Lead']);
  });
});
