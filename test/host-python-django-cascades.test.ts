// Django's deletion collector on partitioned children: deleting a parent row (`account.delete()`,
// `qs.delete()`) first sends `DELETE … WHERE fk IN (…)` (CASCADE), `UPDATE … SET fk = NULL WHERE
// fk IN (…)` (SET_NULL) or `SELECT … WHERE fk IN (…)` (PROTECT) on each model pointing at it,
// reported at the delete; DO_NOTHING sends nothing; a child partitioned by that foreign key prunes unless
// it has dependents of its own (then Django deletes it by primary key). Checked against Django 5.2 + EXPLAIN.
// `visits` is RANGE partitioned by `created_at`, `payments` HASH by `account_id`, `accounts` plain.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE accounts (id bigint NOT NULL, name text);
CREATE TABLE visits (id bigint NOT NULL, account_id bigint, page text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE payments (id bigint NOT NULL, account_id bigint NOT NULL, amount int) PARTITION BY HASH (account_id);
CREATE TABLE receipts (id bigint NOT NULL, payment_id bigint);
`;

const models = (onDelete: string): string => `
from django.db import models


class Account(models.Model):
    name = models.TextField()

    class Meta:
        db_table = "accounts"


class Visit(models.Model):
    account = models.ForeignKey(Account, ${onDelete}, null=True, related_name="visits")
    page = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        db_table = "visits"


class Payment(models.Model):
    account = models.ForeignKey("Account", on_delete=models.CASCADE)
    amount = models.IntegerField()

    class Meta:
        db_table = "payments"
`;

const VIEWS = `
from shop.models import Account


def close_account(request, account_id):
    account = Account.objects.get(pk=account_id)
    account.delete()


def purge(request):
    Account.objects.filter(name="").delete()
`;

const { findings } = pythonAppSuite(DDL);

for (const onDelete of ['on_delete=models.CASCADE', 'models.SET_NULL', 'on_delete=models.PROTECT']) {
  void test(`deleting a parent reports the ${onDelete} statement on a child partitioned by another key, at the delete`, () => {
    const files = { 'shop/models.py': models(onDelete), 'shop/views.py': VIEWS };
    assert.deepEqual([...new Set(findings(files, 'shop/views.py'))], ['account.delete()', 'Account.objects.filter(name="").delete()']);
  });
}

void test('precision: DO_NOTHING sends nothing, and a child partitioned by the foreign key prunes', () => {
  const files = { 'shop/models.py': models('on_delete=models.DO_NOTHING'), 'shop/views.py': VIEWS };
  assert.deepEqual(findings(files, 'shop/views.py'), []);
});

void test('a child partitioned by the foreign key with dependents of its own is deleted by primary key: that delete scans', () => {
  const withReceipts = `${models('on_delete=models.DO_NOTHING')}

class Receipt(models.Model):
    payment = models.ForeignKey(Payment, on_delete=models.CASCADE)

    class Meta:
        db_table = "receipts"
`;
  const files = { 'shop/models.py': withReceipts, 'shop/views.py': VIEWS };
  assert.deepEqual([...new Set(findings(files, 'shop/views.py'))], ['account.delete()', 'Account.objects.filter(name="").delete()']);
});
