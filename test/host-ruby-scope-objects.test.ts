/**
 * Relations ActiveRecord builds from declarations beyond a scope lambda: a scope whose body is a
 * query object (`scope :pending, PendingQuery.new`, called inside `scoping` of the relation it is
 * applied to, so the model constant in there keeps an association's conditions), and a has_many
 * :through whose through association has a scope lambda (its conditions join the query).
 * The pre-filter counts association names that lead to a partitioned table however they are named.
 * Precision: a query object adding the key, an association whose key the object keeps, a through
 * scope bounding the through table, and a through scope reading its owner stay quiet.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const queryObject = (name: string, model: string, where: string): string =>
  lines(
    `class ${name}`,
    `  def initialize(relation = ${model})`,
    '    @relation = relation',
    '  end',
    '',
    '  def call',
    `    @relation.where(${where})`,
    '  end',
    'end',
  );

void describe('a scope whose body is a query object', () => {
  test('the object\'s call builds on the relation the scope is applied to', () => {
    const file = 'app/jobs/obj_scope_job.rb';
    const extra = {
      'app/queries/pending_leads_query.rb': queryObject('PendingLeadsQuery', 'ObjLead', 'status: "pending"'),
      'app/queries/fresh_leads_query.rb': queryObject('FreshLeadsQuery', 'ObjLead', 'created_at: 1.week.ago..'),
      'app/queries/live_campaigns_query.rb': queryObject('LiveCampaignsQuery', 'ObjCampaign', 'archived: false'),
      'app/models/obj_lead.rb': lines(
        'class ObjLead < ApplicationRecord',
        '  self.table_name = "leads"',
        '  scope :pending, PendingLeadsQuery.new',
        '  scope :fresh, FreshLeadsQuery.new',
        'end',
      ),
      'app/models/obj_campaign.rb': lines(
        'class ObjCampaign < ApplicationRecord',
        '  self.table_name = "campaigns"',
        '  scope :live, LiveCampaignsQuery.new',
        'end',
      ),
      'app/models/obj_user.rb': lines(
        'class ObjUser < ApplicationRecord',
        '  self.table_name = "users"',
        '  has_many :obj_campaigns, foreign_key: :user_id',
        'end',
      ),
      [file]: lines(
        'class ObjScopeJob < ApplicationJob',
        '  def perform(user)',
        '    ObjLead.pending.count',
        '    ObjLead.fresh.count',
        '    ObjCampaign.live.to_a',
        '    user.obj_campaigns.live.to_a',
        '  end',
        'end',
      ),
    };
    // `fresh` bounds created_at; `user.obj_campaigns.live` keeps `user_id = …` (scoping).
    assert.deepEqual(findingsOf(extra, file), ['3:5 public.leads ObjLead', '5:5 public.campaigns ObjCampaign']);
  });
});

void describe('a has_many :through whose through association has a scope', () => {
  test('the through scope\'s conditions apply to the through table; the target keeps its own', () => {
    const file = 'app/jobs/thr_scope_job.rb';
    const extra = {
      'app/models/sc_user.rb': lines(
        'class ScUser < ApplicationRecord',
        '  self.table_name = "users"',
        '  has_many :week_leads, -> { where(created_at: 1.week.ago..).order(created_at: :desc) }, class_name: "Lead", foreign_key: :user_id',
        '  has_many :week_outputs, through: :week_leads, source: :agent_outputs',
        '  has_many :open_leads, -> { where(company: "open") }, class_name: "Lead", foreign_key: :user_id',
        '  has_many :open_outputs, through: :open_leads, source: :agent_outputs',
        '  has_many :own_leads, ->(user) { where(company: user.name) }, class_name: "Lead", foreign_key: :user_id',
        '  has_many :own_outputs, through: :own_leads, source: :agent_outputs',
        'end',
      ),
      [file]: lines(
        'class ThrScopeJob < ApplicationJob',
        '  def perform(id)',
        '    user = ScUser.find(id)',
        '    user.week_outputs.to_a',
        '    user.open_outputs.to_a',
        '    user.own_outputs.to_a',
        '  end',
        'end',
      ),
    };
    // week_leads bounds leads (only agent_outputs scans); a scope reading its owner is not modelled.
    // No word of the job names a table: the unit is checked because its associations lead to one.
    assert.deepEqual(findingsOf(extra, file), [
      '4:10 public.agent_outputs week_outputs',
      '5:10 public.agent_outputs open_outputs',
      '5:10 public.leads open_outputs',
    ]);
  });
});

function findingsOf(extra: Record<string, string>, rel: string): string[] {
  return findings(extra, rel);
}
