// Raw SQL composed with printf-style `%` formatting and run by `cursor.execute`: a literal operand
// (a string, a number, a model's table) is its text, any other operand in a value position
// (`id IN (%s)`, `= %s`) stays a placeholder; an operand standing for SQL text (`WHERE %s`, a quoted
// `'%s'`) leaves the statement unknown, so nothing is reported.
// `events` is RANGE partitioned by `created_at`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE events (id bigint NOT NULL, account_id bigint, kind text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
`;

const MODELS = `
from django.db import models


class Event(models.Model):
    account_id = models.BigIntegerField()
    kind = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        db_table = "events"
`;

const JOBS = `
from django.db import connection

from crm.models import Event


def archive(ids):
    sql = "UPDATE events SET kind = 'archived' WHERE id IN (%s)" % ",".join(map(str, ids))
    with connection.cursor() as cursor:
        cursor.execute(sql)


def by_account(account_id):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM %s WHERE account_id = %%s LIMIT %d" % (Event._meta.db_table, 100), [account_id])


def recent(since, account_id):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM events WHERE created_at >= '%s' AND account_id = %s" % ("2026-01-01", account_id))


def filtered(clause):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM events WHERE %s" % clause)


def by_kind(kind):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM events WHERE kind = '%s'" % kind)
`;

const { findings } = pythonAppSuite(DDL);

void test('statements composed with % are judged: ids joined into IN (…), a model table, literals and value placeholders', () => {
  const files = { 'crm/models.py': MODELS, 'crm/jobs.py': JOBS };
  assert.deepEqual([...new Set(findings(files, 'crm/jobs.py'))], [
    'cursor.execute(sql)',
    'cursor.execute("SELECT id FROM %s WHERE account_id = %%s LIMIT %d" % (Event._meta.db_table, 100), [account_id])',
  ]);
});
