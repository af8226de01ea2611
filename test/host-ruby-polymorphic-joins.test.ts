/**
 * Real-application review (round sixteen, diaspora*): `joins(:comments)` where `has_many :comments,
 * as: :commentable` joins the child on its polymorphic pair (`comments.commentable_id = posts.id AND
 * comments.commentable_type = 'Post'`); the relation is judged like any other join instead of
 * being given up. An association scope without an owner parameter goes into the join condition.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const suite = railsSuite();

const models = {
  // A plain owner with polymorphic children stored in a partitioned table.
  'app/models/ticket.rb': lines(
    'class Ticket < ApplicationRecord',
    '  self.table_name = "users"',
    '  has_many :notes, as: :subject',
    '  has_many :fresh_notes, -> { where(created_at: Time.utc(2024, 3, 1)..) }, as: :subject, class_name: "Note"',
    '  has_many :own_notes, ->(ticket) { where(created_at: ticket.created_at..) }, as: :subject, class_name: "Note"',
    'end',
  ),
  'app/models/note.rb': lines('class Note < ApplicationRecord', '  self.table_name = "agent_outputs"', '  belongs_to :subject, polymorphic: true', 'end'),
  // A partitioned owner with polymorphic children in a plain table.
  'app/models/flagged_lead.rb': lines('class FlaggedLead < ApplicationRecord', '  self.table_name = "leads"', '  has_many :flags, as: :flaggable', 'end'),
  'app/models/flag.rb': lines('class Flag < ApplicationRecord', '  self.table_name = "people"', '  belongs_to :flaggable, polymorphic: true', 'end'),
};

const short = (found: string[]): string[] => found.map((f) => f.split(' ').slice(0, 2).join(' '));

void test('a join of a polymorphic child without its partition key is reported at the association', () => {
  const rel = 'app/services/ticket_notes.rb';
  const svc = lines(
    'class TicketNotes',
    '  def noted(email)',
    '    Ticket.where(email: email).joins(:notes).pluck(:id)',
    '  end',
    '',
    '  def windowed(email, day)',
    '    Ticket.where(email: email).joins(:notes).where(agent_outputs: { created_at: day.all_day }).pluck(:id)',
    '  end',
    'end',
  );
  assert.deepEqual(short(suite.findings({ ...models, [rel]: svc }, rel)), ['3:38 public.agent_outputs']);
});

void test('the association scope is part of the join condition: a scope on the key prunes', () => {
  const rel = 'app/services/fresh_ticket_notes.rb';
  const svc = lines('class FreshTicketNotes', '  def call(email)', '    Ticket.where(email: email).joins(:fresh_notes).to_a', '  end', 'end');
  assert.deepEqual(suite.findings({ ...models, [rel]: svc }, rel), []);
});

void test('a scope that reads the owner is no join condition we can write: nothing is reported', () => {
  const rel = 'app/services/own_ticket_notes.rb';
  const svc = lines('class OwnTicketNotes', '  def call(email)', '    Ticket.where(email: email).joins(:own_notes).to_a', '  end', 'end');
  assert.deepEqual(suite.findings({ ...models, [rel]: svc }, rel), []);
});

void test('a partitioned owner joining its polymorphic children is judged on its own conditions', () => {
  const rel = 'app/controllers/flagged_leads_controller.rb';
  const ctrl = lines(
    'class FlaggedLeadsController < ApplicationController',
    '  def index',
    '    @leads = FlaggedLead.joins(:flags).where(people: { name: params[:name] }).to_a',
    '  end',
    '',
    '  def recent',
    '    @leads = FlaggedLead.joins(:flags).where(created_at: 1.week.ago..).to_a',
    '  end',
    'end',
  );
  assert.deepEqual(short(suite.findings({ ...models, [rel]: ctrl }, rel)), ['3:14 public.leads']);
});
