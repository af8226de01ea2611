/**
 * Controller conventions (batch K, Fat Free CRM): a base controller's helper whose parameter is
 * typed by what its subclasses pass (`timeline(@lead)`), and the model named by the controller
 * (`controller_name.classify.constantize`, `instance_variable_get("@#{controller_name}")`).
 * Precision: callers passing records of two models, bare calls from unrelated classes, and
 * controllers whose name maps to a model stored in one partition (by its key) stay quiet.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings: findingsIn } = railsSuite();

const BASE = 'app/controllers/crm_base_controller.rb';
const base = lines(
  'class CrmBaseController < ApplicationController',
  '  protected',
  '',
  '  def timeline(asset)',
  '    asset.agent_outputs.where(kind: "comment").order(created_at: :desc).to_a',
  '  end',
  'end',
);

void describe('a base controller helper typed by its subclasses', () => {
  test('timeline(@lead) in a subclass: the helper reads the lead\'s agent_outputs', () => {
    const extra = {
      [BASE]: base,
      'app/controllers/crm_leads_controller.rb': lines(
        'class CrmLeadsController < CrmBaseController',
        '  def show',
        '    @lead = Lead.find_by!(id: params[:id], created_at: params[:created_at])',
        '    @timeline = timeline(@lead)',
        '  end',
        'end',
      ),
    };
    assert.deepEqual(findingsIn(extra, BASE), ['5:11 public.agent_outputs agent_outputs']);
  });

  test('callers passing two models, or a bare call outside the hierarchy: unknown, quiet', () => {
    const two = {
      [BASE]: base,
      'app/controllers/crm_leads_controller.rb': lines('class CrmLeadsController < CrmBaseController', '  def show', '    timeline(@lead)', '  end', 'end'),
      'app/controllers/crm_users_controller.rb': lines('class CrmUsersController < CrmBaseController', '  def show', '    timeline(@user)', '  end', 'end'),
    };
    assert.deepEqual(findingsIn(two, BASE), []);
    const outside = {
      [BASE]: base,
      'app/services/lead_timeline.rb': lines('class LeadTimeline', '  def call', '    timeline(@lead)', '  end', 'end'),
    };
    assert.deepEqual(findingsIn(outside, BASE), []);
  });
});

void describe('object in a serializer named after no model', () => {
  const serializer = 'app/serializers/api/order_serializer.rb';
  const ser = lines(
    'module Api',
    '  class OrderSerializer < ActiveModel::Serializer',
    '    attributes :id, :payments',
    '',
    '    def payments',
    '      object.agent_outputs.where(kind: "payment").count',
    '    end',
    '',
    '    def shop',
    '      object.campaign&.name',
    '    end',
    '  end',
    'end',
  );
  const controller = (render: string): string =>
    lines(
      'class Api::OrdersController < ApplicationController',
      '  def show',
      `    ${render}`,
      '  end',
      '',
      '  private',
      '',
      '  def order',
      '    @order ||= Lead.where(company: params[:id]).includes(:agent_outputs).first!',
      '  end',
      'end',
    );

  test('the record a controller renders with it (a memoized finder method): object is a Lead', () => {
    const extra = { [serializer]: ser, 'app/controllers/api/orders_controller.rb': controller('render json: order, serializer: Api::OrderSerializer') };
    assert.deepEqual(findingsIn(extra, serializer), ['6:14 public.agent_outputs agent_outputs', '10:14 public.campaigns campaign']);
  });

  test('users rendering records of two models, or a record we cannot type: quiet', () => {
    const two = {
      [serializer]: ser,
      'app/controllers/api/orders_controller.rb': controller('render json: order, serializer: Api::OrderSerializer'),
      'app/controllers/api/users_controller.rb': lines('class Api::UsersController < ApplicationController', '  def show', '    render json: Api::OrderSerializer.new(@user)', '  end', 'end'),
    };
    assert.deepEqual(findingsIn(two, serializer), []);
    const untyped = { [serializer]: ser, 'app/controllers/api/orders_controller.rb': controller('render json: fetch_it, serializer: Api::OrderSerializer') };
    assert.deepEqual(findingsIn(untyped, serializer), []);
  });
});

void describe('the model named by the controller', () => {
  const ENTITIES = {
    'app/controllers/crm/entities_controller.rb': lines(
      'class Crm::EntitiesController < ApplicationController',
      '  protected',
      '',
      '  def entities',
      '    instance_variable_get("@#{controller_name}") || klass.where(user_id: current_user.id)',
      '  end',
      '',
      '  def klass',
      '    @klass ||= controller_name.classify.constantize',
      '  end',
      '',
      '  private',
      '',
      '  def get_list_of_records(options = {})',
      '    scope = entities',
      '    order = klass.sort_by',
      '    scope = scope.includes(*list_includes) if respond_to?(:list_includes, true)',
      '    scope.order(order)',
      '  end',
      'end',
    ),
  };

  test('klass = controller_name.classify.constantize through an aliased list builder: Lead lacks the key, Campaign has it', () => {
    const leads = 'app/controllers/crm/leads_controller.rb';
    const campaigns = 'app/controllers/crm/campaigns_controller.rb';
    const extra = {
      ...ENTITIES,
      [leads]: lines(
        'class Crm::LeadsController < Crm::EntitiesController',
        '  def index',
        '    @leads = get_leads(page: 1)',
        '    respond_to { |format| format.html }',
        '  end',
        '',
        '  private',
        '',
        '  alias get_leads get_list_of_records',
        'end',
      ),
      [campaigns]: lines('class Crm::CampaignsController < Crm::EntitiesController', '  def index', '    @campaigns = get_list_of_records', '    respond_to { |format| format.html }', '  end', 'end'),
    };
    assert.deepEqual(findingsIn(extra, leads), ['3:14 public.leads get_leads']);
    // (`klass.sort_by` without a block is the model's class attribute, not a query.)
    assert.deepEqual(findingsIn(extra, campaigns), []);
    assert.deepEqual(findingsIn(extra, 'app/controllers/crm/entities_controller.rb'), []);
  });

  test('instance_variable_get of a variable a callback may set is unknown: quiet', () => {
    const leads = 'app/controllers/crm/leads_controller.rb';
    const extra = {
      ...ENTITIES,
      [leads]: lines(
        'class Crm::LeadsController < Crm::EntitiesController',
        '  before_action :load_leads',
        '',
        '  def index',
        '    @list = entities.to_a',
        '  end',
        '',
        '  private',
        '',
        '  def load_leads',
        '    @leads = Lead.where(created_at: 1.day.ago..)',
        '  end',
        'end',
      ),
    };
    assert.deepEqual(findingsIn(extra, leads), []);
  });

  const resourceBase = lines(
    'class Crm::ResourceBase < ActionController::Base',
    '  def show',
    '    load_resource',
    '  end',
    '',
    '  private',
    '',
    '  def load_resource',
    '    @resource = resource_class.find(params[:id])',
    '  end',
    '',
    '  def resource_class',
    '    resource_name.camelize.constantize',
    '  end',
    '',
    '  def resource_name',
    '    controller_name.singularize',
    '  end',
    'end',
  );
  const sub = (name: string): string => lines(`class Crm::Api::${name} < Crm::ResourceBase`, 'end');

  test('a base controller finding its resource by the name of each subclass: judged once per subclass', () => {
    const file = 'app/controllers/crm/resource_base.rb';
    const extra = {
      [file]: resourceBase,
      'app/controllers/crm/api/leads_controller.rb': sub('LeadsController'),
      'app/controllers/crm/api/companies_controller.rb': sub('CompaniesController'),
    };
    assert.deepEqual(findingsIn(extra, file), ['9:17 public.leads resource_class']);
  });

  test('subclasses naming a model that is not partitioned, or no model at all: quiet', () => {
    const file = 'app/controllers/crm/resource_base.rb';
    const extra = {
      [file]: resourceBase,
      'app/controllers/crm/api/companies_controller.rb': sub('CompaniesController'),
      'app/controllers/crm/api/dashboards_controller.rb': sub('DashboardsController'),
    };
    assert.deepEqual(findingsIn(extra, file), []);
  });
});
