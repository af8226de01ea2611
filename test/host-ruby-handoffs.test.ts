/**
 * Values handed from one place to another inside a Rails application that the Ruby host follows:
 * SQL held in a local of a followed class method (`subquery = <<~SQL`, `where(subquery)`), and
 * instance variables an action assigns for a private method it calls to render them. Precision:
 * SQL changed in place after its assignment, an action whose relation carries the key, and an
 * action that assigns the variable only after the call stay quiet.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const { findings } = railsSuite();

const SQL_LEAD = {
  'app/models/sql_lead.rb': lines(
    'class SqlLead < ApplicationRecord',
    '  self.table_name = "leads"',
    '',
    '  def self.single_leads(limit = 5)',
    '    subquery = <<~SQL.squish',
    '      leads.campaign_id IN (SELECT campaign_id FROM leads GROUP BY campaign_id HAVING COUNT(id) = 1)',
    '    SQL',
    '    where(subquery).order(created_at: :desc).limit(limit)',
    '  end',
    '',
    '  def self.fresh_single_leads(limit = 5)',
    '    recent = <<~SQL',
    '      leads.created_at >= now() - interval \'1 day\'',
    '    SQL',
    '    where(recent).limit(limit)',
    '  end',
    '',
    '  def self.grown_leads(since)',
    '    sql = +"leads.status = \'new\'"',
    '    sql << " AND leads.created_at >= \'#{since}\'"',
    '    where(sql)',
    '  end',
    'end',
  ),
};

void describe('SQL held in a local of a followed class method', () => {
  test('a heredoc assigned to a local and passed to where: the caller runs the condition it holds', () => {
    const file = 'app/jobs/single_leads_job.rb';
    const extra = {
      ...SQL_LEAD,
      [file]: lines(
        'class SingleLeadsJob < ApplicationJob',
        '  def perform',
        '    SqlLead.single_leads(50).to_a',
        '    SqlLead.fresh_single_leads(50).to_a',
        '    SqlLead.grown_leads(1.day.ago).to_a',
        '  end',
        'end',
      ),
    };
    // The outer query and the one in its IN (…) scan every partition; the fresh heredoc bounds
    // created_at; the string changed in place (`<<`) is not read.
    assert.deepEqual(findingsOf(extra, file), ['3:5 public.leads SqlLead', '3:13 public.leads single_leads']);
  });

  test('a local SQL string used in the method that assigns it (the model file itself)', () => {
    const file = 'app/jobs/local_sql_job.rb';
    const extra = {
      [file]: lines(
        'class LocalSqlJob < ApplicationJob',
        '  def perform(flag)',
        '    cond = "leads.status = \'new\'"',
        '    Lead.where(cond).to_a',
        '    bounded = "leads.created_at >= now() - interval \'1 day\'"',
        '    Lead.where(bounded).to_a',
        '    late = "leads.status = \'new\'"',
        '    late = "leads.created_at >= now()" if flag',
        '    Lead.where(late).to_a',
        '  end',
        'end',
      ),
    };
    // A local assigned twice is not read (the last where stays unknown, quiet).
    assert.deepEqual(findingsOf(extra, file), ['4:5 public.leads Lead']);
  });
});

void describe('instance variables an action hands to a private method', () => {
  const file = 'app/controllers/latest_leads_controller.rb';
  const controller = lines(
    'class LatestLeadsController < ApplicationController',
    '  def latest',
    '    @leads = Lead.where(status: "new").limit(50)',
    '    respond_with_leads',
    '  end',
    '',
    '  def fresh',
    '    @leads = Lead.where(created_at: 1.day.ago..).limit(50)',
    '    respond_with_leads',
    '  end',
    '',
    '  def late',
    '    respond_with_leads',
    '    @leads = Lead.where(status: "old")',
    '  end',
    '',
    '  private',
    '',
    '  def respond_with_leads',
    '    render json: @leads.to_a.map(&:attributes)',
    '  end',
    'end',
  );

  test('the private method runs what the calling action assigned; the action\'s view does not', () => {
    // `latest` hands an unbounded relation over (reported in the private method, not at its
    // assignment); `fresh` a bounded one; `late` assigns after the call (its view runs it).
    assert.deepEqual(findingsOf({ [file]: controller }, file), ['14:14 public.leads Lead', '20:18 public.leads @leads']);
  });

  test('precision: only actions handing over a bounded relation, and a private method that does not render', () => {
    const bounded = controller.replace('Lead.where(status: "new").limit(50)', 'Lead.where(created_at: 2.days.ago..).limit(50)').replace('@leads = Lead.where(status: "old")', '@leads = Lead.where(created_at: 1.hour.ago..)');
    assert.deepEqual(findingsOf({ [file]: bounded }, file), []);
    // A private method that only counts: the view still renders the action's @leads.
    const counting = controller.replace('render json: @leads.to_a.map(&:attributes)', '@total = @leads.size');
    const found = findingsOf({ [file]: counting }, file);
    assert.ok(found.includes('3:14 public.leads Lead'), found.join('\n'));
  });
});

void describe('a variable both arms of an if/else assign', () => {
  test('the arm we can see runs where the variable is used; an arm that bounds the key stays quiet', () => {
    const file = 'app/jobs/expire_all_job.rb';
    const extra = {
      [file]: lines(
        'class ExpireAllJob < ApplicationJob',
        '  def perform(object, method = nil)',
        '    if object == Lead && method == :all',
        '      enumerator = Lead.all',
        '    else',
        '      association = object.association(method)',
        '      enumerator = association.reader if association.klass == Lead',
        '    end',
        '    enumerator.find_each { |lead| expire(lead) }',
        '    if method == :recent',
        '      recent = Lead.where(created_at: 1.day.ago..)',
        '    else',
        '      recent = object.association(method).reader',
        '    end',
        '    recent.find_each { |lead| expire(lead) }',
        '  end',
        'end',
      ),
    };
    assert.deepEqual(findingsOf(extra, file), ['9:5 public.leads enumerator.find_each']);
  });
});

function findingsOf(extra: Record<string, string>, rel: string): string[] {
  return findings(extra, rel);
}
