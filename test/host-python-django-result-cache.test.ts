// A Django queryset caches its rows once fully fetched (`QuerySet._fetch_all`): a truth test,
// iteration, `len()`, `list()` or `bool()` fills `_result_cache`, and a later iteration, `len()`,
// index, `count()` or `exists()` on the same object reads it and sends nothing. Only the first
// evaluation of a local queryset is reported. Precision of the rule itself: a rebinding in
// between, an index first (`qs[0]` runs LIMIT 1 and fills nothing), a fill in one branch, a fill
// before a loop that rebinds, a fill behind `and` and `update()` in between keep both findings. `leads` is RANGE
// partitioned by `created_at`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE leads (id bigint NOT NULL, owner_id bigint NOT NULL, status text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE leads_2026_01 PARTITION OF leads FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
`;

const MODELS = `from django.db import models


class Lead(models.Model):
    owner_id = models.BigIntegerField()
    status = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        db_table = "leads"
`;

const { findings } = pythonAppSuite(DDL);

function found(body: string[]): string[] {
  const text = `from crm.models import Lead\n\n\n${body.join('\n')}\n`;
  return findings({ 'crm/__init__.py': '', 'crm/models.py': MODELS, 'crm/reports.py': text }, 'crm/reports.py');
}

describe('evaluations served from a queryset result cache', () => {
  test('a truth test, then a loop, len(), list() and an index on the same queryset: only the test is reported', () => {
    assert.deepEqual(found([
      'def a(owner):',
      '    rows = Lead.objects.filter(owner_id=owner)',
      '    if rows:',
      '        for r in rows:',
      '            print(r)',
      '        return len(rows), list(rows), rows[0]',
      '    return None',
    ]), ['if rows:']);
  });

  test('list() then len(), a loop then count() and exists(), bool() then a comprehension', () => {
    assert.deepEqual(found([
      'def a(owner):',
      '    qs = Lead.objects.filter(owner_id=owner)',
      '    items = list(qs)',
      '    return items, len(qs)',
      '',
      '',
      'def b(owner):',
      '    qs = Lead.objects.filter(owner_id=owner).exclude(status="won")',
      '    for lead in qs:',
      '        print(lead)',
      '    if qs.exists():',
      '        return qs.count()',
      '    return 0',
      '',
      '',
      'def c(owner):',
      '    qs = Lead.objects.filter(owner_id=owner, status="open")',
      '    some = bool(qs)',
      '    return some, [x.id for x in qs]',
    ]), ['items = list(qs)', 'for lead in qs:', 'some = bool(qs)']);
  });

  test('precision of the rule: a rebinding, an index first, update(), a fill in one branch or before a loop that rebinds keep both', () => {
    assert.deepEqual(found([
      'def a(owner):',
      '    qs = Lead.objects.filter(owner_id=owner)',
      '    if qs:',
      '        qs = qs.filter(status="open")',
      '        return len(qs)',
      '    return 0',
      '',
      '',
      'def b(owner):',
      '    qs = Lead.objects.filter(owner_id=owner)',
      '    first = qs[0]',
      '    for lead in qs:',
      '        print(lead, first)',
      '',
      '',
      'def c(owner):',
      '    qs = Lead.objects.filter(owner_id=owner)',
      '    n = len(qs)',
      '    qs.update(status="seen")',
      '    return n, list(qs)',
      '',
      '',
      'def d(owner, flag):',
      '    qs = Lead.objects.filter(owner_id=owner)',
      '    if flag:',
      '        print(list(qs))',
      '    return qs.count()',
      '',
      '',
      'def e(owner, statuses):',
      '    qs = Lead.objects.filter(owner_id=owner)',
      '    print(len(qs))',
      '    for s in statuses:',
      '        print(qs.count())',
      '        qs = qs.exclude(status=s)',
      '',
      '',
      'def f(owner, flag):',
      '    qs = Lead.objects.filter(owner_id=owner)',
      '    if flag and qs:',
      '        return 1',
      '    return len(qs)',
    ]), [
      'if qs:', 'return len(qs)',
      'first = qs[0]', 'for lead in qs:',
      'n = len(qs)', 'qs.update(status="seen")', 'return n, list(qs)',
      'print(list(qs))', 'return qs.count()',
      'print(len(qs))', 'print(qs.count())',
      'if flag and qs:', 'return len(qs)',
    ]);
  });
});
