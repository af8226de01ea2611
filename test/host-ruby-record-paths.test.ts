/**
 * A local holding a record found on one path and built on another (`sub = find(id) if id;
 * sub ||= new(…)`, server/src/engine/host/ruby/ar-visit.ts `assign`): its writes go by the
 * primary key where it was found, so they are judged. A record a caller made with `create!`
 * (`record-writes.ts`) is persisted: `save!` of it in the method it is handed to is an UPDATE by
 * primary key. Precision: built on every path (INSERT), or handed over from `build`/`new` (a
 * new record, whatever its name says), nothing is reported.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const FILE = 'app/services/campaign_saver.rb';
const saver = (found: string): Record<string, string> => ({
  [FILE]: lines(
    'class CampaignSaver',
    '  def save_for(user, id, attrs)',
    `    campaign = ${found} if id.present?`,
    '    campaign ||= user.campaigns.new(name: attrs[:name])',
    '    campaign.update(attrs)',
    '    campaign',
    '  end',
    'end',
  ),
});

test('a record found on one path and built on the other is written by its primary key', () => {
  assert.deepEqual(findings(saver('Campaign.find_by(id: id)'), FILE), ['3:16 public.campaigns Campaign', '5:14 public.campaigns update']);
});

test('built on both paths, its write is an INSERT: nothing is reported', () => {
  assert.deepEqual(findings(saver('Campaign.new(id: id)'), FILE), []);
});

const COPIER = 'app/services/lead_copier.rb';
const copier = (made: string): Record<string, string> => ({
  [COPIER]: lines(
    'class LeadCopier',
    '  def start(user, attrs)',
    `    lead = user.leads.${made}(company: attrs[:company])`,
    '    stamp(lead)',
    '    lead',
    '  end',
    '',
    '  private',
    '',
    '  def stamp(lead)',
    '    lead.company = lead.company.upcase',
    '    lead.save!',
    '  end',
    'end',
  ),
});

test('a record its caller made with create! is persisted: save! of it is an UPDATE by primary key', () => {
  assert.deepEqual(findings(copier('create!'), COPIER), ['12:10 public.leads save!']);
});

test('a record its caller built is not judged, though its name is a model\'s', () => {
  assert.deepEqual(findings(copier('build'), COPIER), []);
  assert.deepEqual(findings(copier('new'), COPIER), []);
});

test('a parameter callers fill with records of two models (one maybe new) is not typed by the other', () => {
  const files = {
    'app/services/disowner.rb': lines('class Disowner', '  def self.disown!(thing)', '    thing.update_column(:company, nil)', '  end', 'end'),
    'app/controllers/campaigns_controller.rb': lines(
      'class CampaignsController < ApplicationController',
      '  def create',
      '    @campaign = current_user.campaigns.new(name: params[:name])',
      '  end',
      '',
      '  def destroy',
      '    @campaign = find_campaign',
      '    Disowner.disown!(@campaign)',
      '  end',
      'end',
    ),
    'app/controllers/leads_controller.rb': lines('class LeadsController < ApplicationController', '  def destroy', '    lead = Lead.find_by(id: params[:id])', '    Disowner.disown!(lead)', '  end', 'end'),
  };
  assert.deepEqual(findings(files, 'app/services/disowner.rb'), []);
});

const DIGEST = 'app/jobs/digest_job.rb';
const digest = (since: string, write = '    pending.update_all(status: "sent") if ids.any?'): Record<string, string> => ({
  'app/models/user_digest.rb': lines('class User < ApplicationRecord', '  def pending_leads(limit: 5)', `    leads.where(status: "new")${since}.limit(limit)`, '  end', 'end'),
  [DIGEST]: lines('class DigestJob < ApplicationJob', '  def perform(user)', '    deliver(user)', '  end', '', '  private', '', '  def deliver(user)', '    pending = user.pending_leads', '    ids = pending.pluck(:id)', write, '  end', 'end'),
});

test('an instance method of the model a parameter holds is followed: its relation runs where the caller runs it', () => {
  assert.deepEqual(findings(digest(''), DIGEST), ['10:11 public.leads pending.pluck', '11:5 public.leads pending.update_all']);
});

test('the model method adding the partition key keeps the caller silent', () => {
  // (`update_all` of a limited relation would still scan: ActiveRecord sends `WHERE id IN (SELECT … LIMIT 5)`.)
  assert.deepEqual(findings(digest('.where(created_at: 1.week.ago..)', '    Notifier.call(ids)'), DIGEST), []);
});

const RESET = 'app/jobs/owner_reset_job.rb';
const reset = (assoc: string): Record<string, string> => ({
  'app/models/membership.rb': lines('class Membership < ApplicationRecord', `  ${assoc}`, 'end'),
  [RESET]: lines('class OwnerResetJob < ApplicationJob', '  def perform(household)', '    household.campaigns.destroy_all', '  end', 'end'),
});

test('a parameter named like a singular association (`belongs_to :household, class_name: "User"`) holds that model', () => {
  assert.deepEqual(findings(reset('belongs_to :household, class_name: "User"'), RESET), ['3:25 public.campaigns destroy_all']);
});

test('a polymorphic association of that name leaves the parameter untyped', () => {
  assert.deepEqual(findings(reset('belongs_to :household, polymorphic: true'), RESET), []);
});
