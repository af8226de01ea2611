/**
 * Real-application review (round sixteen, diaspora*): `user.posts` where the model says
 * `delegate :posts, to: :person` is `user.person.posts`: the delegated association is followed
 * from any record of the model, not only inside the class.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { railsSuite, rubyLines as lines } from './helpers/rails-fixture';

const suite = railsSuite();

const models = {
  'app/models/account.rb': lines(
    'class Account < ApplicationRecord',
    '  self.table_name = "people"',
    '  belongs_to :owner, class_name: "User"',
    '  delegate :leads, :email,',
    '           to: :owner',
    '  delegate :campaigns, to: :owner, prefix: true',
    'end',
  ),
};

const short = (found: string[]): string[] => found.map((f) => f.split(' ').slice(0, 2).join(' '));

void test('an association delegated to another association is read on the target record', () => {
  const rel = 'app/services/account_export.rb';
  const svc = lines(
    'class AccountExport',
    '  def outputs(id)',
    '    account = Account.find(id)',
    '    account.leads.where(company: "Acme").to_a',
    '  end',
    '',
    '  def each_output',
    '    record.leads.find_each { |o| o }',
    '  end',
    '',
    '  private',
    '',
    '  def record',
    '    Account.find(@account_id)',
    '  end',
    'end',
  );
  assert.deepEqual(short(suite.findings({ ...models, [rel]: svc }, rel)), ['4:13 public.leads', '8:12 public.leads']);
});

void test('a delegated association refined by its partition key, a delegated attribute and a prefixed name stay silent', () => {
  const rel = 'app/services/account_day.rb';
  const svc = lines(
    'class AccountDay',
    '  def call(id, day)',
    '    account = Account.find(id)',
    '    account.leads.where(created_at: day.all_day).to_a',
    '    account.email',
    '    account.owner_campaigns.to_a',
    '  end',
    'end',
  );
  assert.deepEqual(suite.findings({ ...models, [rel]: svc }, rel), []);
});
