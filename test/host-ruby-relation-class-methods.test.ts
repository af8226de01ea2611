/**
 * A model's class method run on its callers' relations (server/src/engine/host/ruby/
 * relation-class-methods.ts): where what it runs is reported is the shared placement
 * (query/placement.ts) fed with each caller's verdict. Every caller alike → inside, at the
 * statement that runs, and the callers are no sites; verdicts differing → at the caller that
 * scans; a caller we cannot follow → nothing moves. Written as a concern's `class_methods` (the
 * Mastodon `Paginable` shape), an `included do def self.x` and a `class << self` method.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const CONCERN = 'app/models/concerns/windowed.rb';
const concern = lines(
  'module Windowed',
  '  extend ActiveSupport::Concern',
  '',
  '  class_methods do',
  '    # One page, newest first, before an id when given.',
  '    def newest_page(size, before_id = nil)',
  '      rel = order(id: :desc).limit(size)',
  '      rel = rel.where(id: ...before_id) if before_id',
  '      rel.to_a',
  '    end',
  '  end',
  'end',
);
const MODEL = { 'app/models/lead_windowed.rb': lines('class Lead < ApplicationRecord', '  include Windowed', 'end') };
const INBOX = 'app/controllers/inbox_controller.rb';
const FEED = 'app/services/open_feed.rb';
const inbox = (cond: string): string => lines('class InboxController < ApplicationController', '  def index', `    @rows = Lead.where(${cond}).newest_page(20, params[:before])`, '    render json: @rows', '  end', 'end');
const feed = lines('class OpenFeed', '  def rows(limit)', '    Lead.where(status: "open").newest_page(limit)', '  end', 'end');

test('callers that all scan: the run is the class method\'s, reported inside; the callers are no sites', () => {
  const files = { [CONCERN]: concern, ...MODEL, [INBOX]: inbox('company: params[:c]'), [FEED]: feed };
  assert.deepEqual(findings(files, CONCERN), ['9:7 public.leads rel.to_a']);
  assert.deepEqual(findings(files, INBOX), []);
  assert.deepEqual(findings(files, FEED), []);
});

test('callers whose verdicts differ: the scanning caller is reported at its call, nothing inside', () => {
  const files = { [CONCERN]: concern, ...MODEL, [INBOX]: inbox('created_at: 1.week.ago..'), [FEED]: feed };
  assert.deepEqual(findings(files, CONCERN), []);
  assert.deepEqual(findings(files, INBOX), []);
  assert.deepEqual(findings(files, FEED), ['3:5 public.leads Lead']);
});

test('a caller we cannot follow moves nothing: the visible caller stays reported at its call', () => {
  const unknown = lines('class Digest', '  def rows(scope)', '    scope.newest_page(5)', '  end', 'end');
  const files = { [CONCERN]: concern, ...MODEL, [FEED]: feed, 'app/services/digest.rb': unknown };
  assert.deepEqual(findings(files, CONCERN), []);
  assert.deepEqual(findings(files, FEED), ['3:5 public.leads Lead']);
});

test('a class method of `class << self` and one of an `included do` block, run on one caller\'s relation, are reported inside', () => {
  const model = lines(
    'class Lead < ApplicationRecord',
    '  class << self',
    '    def ids_for(kind)',
    '      where(status: kind).pluck(:id)',
    '    end',
    '  end',
    'end',
  );
  const caller = lines('class ExportJob < ApplicationJob', '  def perform(company)', '    Lead.where(company: company).ids_for("open").each { |id| puts id }', '  end', 'end');
  const files = { 'app/models/lead_ids.rb': model, 'app/jobs/export_job.rb': caller };
  assert.deepEqual(findings(files, 'app/models/lead_ids.rb'), ['4:7 public.leads where(status: kind).pluck(:id)']);
  assert.deepEqual(findings(files, 'app/jobs/export_job.rb'), []);
  const hook = lines(
    'module Sampled',
    '  extend ActiveSupport::Concern',
    '  included do',
    '    def self.sampled(n)',
    '      limit(n).reverse',
    '    end',
    '  end',
    'end',
  );
  const user = lines('class SampleController < ApplicationController', '  def show', '    render json: Lead.where(company: "x").sampled(3)', '  end', 'end');
  const withHook = { 'app/models/concerns/sampled.rb': hook, 'app/models/lead_sampled.rb': lines('class Lead < ApplicationRecord', '  include Sampled', 'end'), 'app/controllers/sample_controller.rb': user };
  assert.deepEqual(findings(withHook, 'app/models/concerns/sampled.rb'), ['5:7 public.leads limit(n).reverse']);
  assert.deepEqual(findings(withHook, 'app/controllers/sample_controller.rb'), []);
});

test('relations delegate Array methods to their loaded records: `reverse` runs the relation', () => {
  const code = lines('class PeekJob < ApplicationJob', '  def perform', '    Lead.where(company: "x").reverse', '    Lead.where(created_at: 1.day.ago..).reverse', '  end', 'end');
  assert.deepEqual(findings({ 'app/jobs/peek_job.rb': code }, 'app/jobs/peek_job.rb'), ['3:5 public.leads Lead']);
});

// A plain object's instance method whose query reads its constructor's arguments (Gumroad's
// export service given `start_time:`/`end_time:` by one caller and an unknown hash by another):
// each caller that builds it judges the run with its own arguments (plain-object-callers.ts).
const SERVICE = 'app/services/lead_export.rb';
const service = lines(
  'class LeadExport',
  '  def initialize(owner, options = {})',
  '    @owner = owner',
  '    @options = options',
  '  end',
  '',
  '  def rows',
  '    scoped.pluck(:id, :company)',
  '  end',
  '',
  '  private',
  '',
  '  def scoped',
  '    rel = Lead.where(user_id: @owner.id)',
  '    rel = rel.where(created_at: @options[:from]..) if @options[:from]',
  '    rel',
  '  end',
  'end',
);
const bounded = lines('class MonthlyExportJob < ApplicationJob', '  def perform(user_id)', '    user = User.find(user_id)', '    LeadExport.new(user, from: 1.month.ago).rows', '  end', 'end');
const open = lines('class AdHocExportJob < ApplicationJob', '  def perform(user_id, options)', '    user = User.find(user_id)', '    LeadExport.new(user, options).rows', '  end', 'end');

test('a plain object run with different constructor arguments: reported at the caller that scans, not inside', () => {
  const files = { [SERVICE]: service, 'app/jobs/monthly_export_job.rb': bounded, 'app/jobs/ad_hoc_export_job.rb': open };
  assert.deepEqual(findings(files, SERVICE), []);
  assert.deepEqual(findings(files, 'app/jobs/monthly_export_job.rb'), []);
  assert.deepEqual(findings(files, 'app/jobs/ad_hoc_export_job.rb'), ['4:35 public.leads rows']);
});

test('callers that all give the key: nothing is reported; a caller we cannot judge leaves the run reported inside', () => {
  const both = { [SERVICE]: service, 'app/jobs/monthly_export_job.rb': bounded };
  assert.deepEqual(findings(both, SERVICE), []);
  const handedOn = lines('class ExportRunner', '  def run(exporter_class, user)', '    exporter_class.new(user).rows', '  end', '', '  def default', '    LeadExport', '  end', 'end');
  const unjudged = { [SERVICE]: service, 'app/jobs/monthly_export_job.rb': bounded, 'app/services/export_runner.rb': handedOn };
  assert.deepEqual(findings(unjudged, SERVICE), ['8:5 public.leads scoped']);
});

// Placing a class method's runs judges its callers by evaluating their units, the one being
// checked included (its only caller): that nested evaluation must leave the running one intact,
// so the association joins the action evaluates after the call still resolve.
test('an action calling a class method placed by its callers still judges its association joins after the call', () => {
  const ctrl = 'app/controllers/next_controller.rb';
  const extra = {
    'app/models/concerns/upcoming.rb': lines('module Upcoming', '  extend ActiveSupport::Concern', '', '  class_methods do', '    def soonest', '      where(created_at: Time.current..).order(:created_at).first', '    end', '  end', 'end'),
    'app/models/lead_upcoming.rb': lines('class Lead < ApplicationRecord', '  include Upcoming', 'end'),
    [ctrl]: lines(
      'class NextController < ApplicationController',
      '  def index',
      '    @soonest = Lead.soonest',
      '    @outputs = AgentOutput.joins(:lead).merge(Lead.where(created_at: Time.current..)).where(kind: "note").to_a',
      '  end',
      'end',
    ),
  };
  assert.deepEqual(findings(extra, ctrl), ['4:16 public.agent_outputs AgentOutput']);
});

test('a class method reached bare through a wrapper passing its parameters on is placed by the wrapper\'s callers', () => {
  const model = lines(
    'class Lead < ApplicationRecord',
    '  def self.next_open(company, kind)',
    '    next_open_uncached(company, kind)',
    '  end',
    '',
    '  def self.next_open_uncached(company, kind)',
    '    where(company: company, status: kind).order(:created_at).first',
    '  end',
    'end',
  );
  const MODEL_FILE = 'app/models/lead_next.rb';
  const job = (cond: string): string => lines('class PickJob < ApplicationJob', '  def perform(c)', `    Lead.${cond}next_open(c, "open")`, '  end', 'end');
  const files = { [MODEL_FILE]: model, 'app/jobs/pick_job.rb': job('') };
  assert.deepEqual(findings(files, MODEL_FILE), ['7:5 public.leads where(company: company, status: kind).order(:created_at).first']);
  assert.deepEqual(findings(files, 'app/jobs/pick_job.rb'), []);
  // A second caller giving the partition key: the verdicts differ, so the scanning caller is reported at its call.
  const keyed = { ...files, 'app/jobs/keyed_job.rb': job('where(created_at: 1.day.ago..).').replace('PickJob', 'KeyedJob') };
  assert.deepEqual(findings(keyed, MODEL_FILE), []);
  assert.deepEqual(findings(keyed, 'app/jobs/pick_job.rb'), ['3:5 public.leads Lead']);
  assert.deepEqual(findings(keyed, 'app/jobs/keyed_job.rb'), []);
});

test('a wrapper in a concern\'s `included do` calling the method that runs: reported inside, where it runs', () => {
  const concern = lines(
    'module Paged',
    '  extend ActiveSupport::Concern',
    '  included do',
    '    def self.page_of(n)',
    '      page_of_uncached(n)',
    '    end',
    '',
    '    def self.page_of_uncached(n)',
    '      limit(n).reverse',
    '    end',
    '  end',
    'end',
  );
  const files = {
    'app/models/concerns/paged.rb': concern,
    'app/models/lead_paged.rb': lines('class Lead < ApplicationRecord', '  include Paged', 'end'),
    'app/services/feed.rb': lines('class Feed', '  def rows', '    Lead.where(status: "open").page_of(20)', '  end', 'end'),
  };
  assert.deepEqual(findings(files, 'app/models/concerns/paged.rb'), ['9:7 public.leads limit(n).reverse']);
  assert.deepEqual(findings(files, 'app/services/feed.rb'), []);
});
