/**
 * Custom finders of a model (or-raise.ts, unseen-rows.ts): `find_by(id: id) || fail(NotFound)`
 * returns the record it found (Thredded's `Post.find!`), and the elements of a collection a class
 * method returns unseen are not typed by their variable's name.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings: found } = railsSuite();
const tables = (files: Record<string, string>, rel: string): string[] => found(files, rel).map((f) => f.split(' ').slice(0, 2).join(' '));

const FINDER = lines(
  'class StrictLead < ApplicationRecord',
  '  self.table_name = "leads"',
  '  def self.find!(id)',
  '    find_by(id: id) || fail(LeadMissing)',
  '  end',
  '',
  '  def self.fetch(email)',
  '    find_by(email: email, created_at: 1.month.ago..) or raise ActiveRecord::RecordNotFound',
  '  end',
  '',
  '  def self.maybe(id)',
  '    find_by(id: id) || where(email: id).first',
  '  end',
  'end',
);

void test('custom finders: a finder whose fallback raises returns the record, and writes to it are followed', () => {
  const controller = lines(
    'class StrictLeadsController < ApplicationController',
    '  def update',
    '    lead.update(status: params[:status])',
    '  end',
    '',
    '  def archive',
    '    StrictLead.fetch(params[:email]).touch',
    '  end',
    '',
    '  def other',
    '    StrictLead.maybe(params[:id]).touch',
    '  end',
    '',
    '  private',
    '',
    '  def lead',
    '    @lead ||= StrictLead.find!(params[:id])',
    '  end',
    'end',
  );
  const files = { 'app/models/strict_lead.rb': FINDER, 'app/controllers/strict_leads_controller.rb': controller };
  // `update` and `touch` write by the primary key (`fetch` itself prunes); `maybe` may return either query's record: not followed.
  assert.deepEqual(tables(files, 'app/controllers/strict_leads_controller.rb'), ['3:10 public.leads', '7:38 public.leads', '17:15 public.leads']);
});

void test('custom finders: the rows of a class method we cannot see are not typed by their name', () => {
  const model = lines(
    'class Team < ApplicationRecord',
    '  self.table_name = "users"',
    '  has_many :campaigns, foreign_key: :user_id',
    '  def self.stale(days)',
    '    Rails.cache.fetch("stale") { compute_stale(days) }',
    '  end',
    'end',
  );
  const job = lines(
    'class StaleJob',
    '  def perform',
    '    Team.stale(3).each do |campaign|',
    '      campaign.leads.update_all(status: "stale")',
    '    end',
    '    Campaign.where(archived: true).each do |campaign|',
    '      campaign.leads.update_all(status: "stale")',
    '    end',
    '  end',
    'end',
  );
  const files = { 'app/models/team.rb': model, 'app/jobs/stale_job.rb': job };
  assert.deepEqual(tables(files, 'app/jobs/stale_job.rb'), ['6:5 public.campaigns', '7:16 public.leads']);
});

void test('custom finders: Ruby 3.1 shorthand conditions name the variable of the key; self.class is the model', () => {
  const model = lines(
    'class ShortLead < ApplicationRecord',
    '  self.table_name = "leads"',
    '  def claim!(user_id)',
    '    self.class.unscoped.where(id:).update_all(user_id:)',
    '  end',
    '',
    '  def twin?(email)',
    '    self.class.exists?(email:)',
    '  end',
    '',
    '  def same_day(created_at = self.created_at)',
    '    self.class.where(email:, created_at: created_at.all_day).to_a',
    '  end',
    '',
    '  def window(created_at)',
    '    ShortLead.where(created_at:).count',
    '  end',
    '',
    '  def label',
    '    "#{self.class.name} #{self.class.model_name.human}"',
    '  end',
    'end',
  );
  assert.deepEqual(tables({ 'app/models/short_lead.rb': model }, 'app/models/short_lead.rb'), ['4:5 public.leads', '8:5 public.leads']);
});

void test('custom finders: a CanCanCan rule keeps its relation (run by accessible_by), its block still runs per record', () => {
  const ability = lines(
    'class Ability',
    '  include CanCan::Ability',
    '',
    '  def initialize(user)',
    '    can :read, Lead, Lead.where(email: user.email) do |lead|',
    '      lead.agent_outputs.exists?',
    '    end',
    '    cannot :destroy, Lead, Lead.where(status: "locked")',
    '    notify(Lead.where(status: "new"))',
    '  end',
    'end',
  );
  assert.deepEqual(tables({ 'app/models/ability.rb': ability }, 'app/models/ability.rb'), ['6:12 public.agent_outputs', '9:12 public.leads']);
});
