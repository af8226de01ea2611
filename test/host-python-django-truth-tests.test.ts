// A Django queryset tested for truth is evaluated: `QuerySet.__bool__` fetches every row into the
// result cache. `if qs:`, `if not qs:`, `qs and …`, `qs or default`, `x if qs else y`, `while qs:`
// and `assert qs` on a local holding a queryset run its SELECT. Precision: a row, a count or an
// `exists()` result tested so, a queryset compared with `None`, and a queryset that names the
// key stay silent. `leads` is RANGE partitioned by `created_at`.
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

function found(body: string): string[] {
  const text = `from crm.models import Lead\n\n\n${body}`;
  return findings({ 'crm/__init__.py': '', 'crm/models.py': MODELS, 'crm/reports.py': text }, 'crm/reports.py');
}

describe('querysets tested for truth', () => {
  test('if, if not, and, or, a conditional expression and assert evaluate the queryset', () => {
    const body = [
      'def a(owner):',
      '    rows = Lead.objects.filter(owner_id=owner, status="open")',
      '    if rows:',
      '        return "some"',
      '',
      '',
      'def b(owner):',
      '    pending = Lead.objects.filter(owner_id=owner).exclude(status="won")',
      '    if not pending:',
      '        return None',
      '    return owner',
      '',
      '',
      'def c(owner, fallback):',
      '    mine = Lead.objects.filter(owner_id=owner)',
      '    return mine or fallback',
      '',
      '',
      'def d(owner, flag):',
      '    qs = Lead.objects.filter(owner_id=owner)',
      '    return "yes" if flag and qs else "no"',
      '',
      '',
      'def e(owner):',
      '    found = Lead.objects.filter(owner_id=owner)',
      '    assert found, "no leads"',
      '',
    ].join('\n');
    assert.deepEqual(found(body), ['if rows:', 'if not pending:', 'return mine or fallback', 'return "yes" if flag and qs else "no"', 'assert found, "no leads"']);
  });

  test('precision: rows, counts, exists() results, None checks and key-bounded querysets stay silent', () => {
    const body = [
      'def a(owner, since, until):',
      '    rows = Lead.objects.filter(owner_id=owner, created_at__gte=since, created_at__lt=until)',
      '    if rows:',
      '        return "some"',
      '',
      '',
      'def b(pk, since):',
      '    lead = Lead.objects.filter(pk=pk, created_at__gte=since).first()',
      '    if not lead:',
      '        return None',
      '    return lead',
      '',
      '',
      'def c(owner, qs=None):',
      '    if qs is None:',
      '        qs = Lead.objects.filter(owner_id=owner)',
      '    return qs',
      '',
      '',
      'def d(flag, qs):',
      '    label = flag or "none"',
      '    return label, qs',
      '',
    ].join('\n');
    assert.deepEqual(found(body), []);
  });

  test('precision: a row, an exists() result or a count tested for truth is reported only where it is fetched', () => {
    const body = [
      'def a(owner):',
      '    has = Lead.objects.filter(owner_id=owner).exists()',
      '    if has:',
      '        return 1',
      '',
      '',
      'def b(owner):',
      '    lead = Lead.objects.filter(owner_id=owner).first()',
      '    if not lead:',
      '        return None',
      '',
      '',
      'def c(owner):',
      '    n = Lead.objects.filter(owner_id=owner).count()',
      '    return n or None',
      '',
    ].join('\n');
    assert.deepEqual(found(body), ['has = Lead.objects.filter(owner_id=owner).exists()', 'lead = Lead.objects.filter(owner_id=owner).first()', 'n = Lead.objects.filter(owner_id=owner).count()']);
  });
});
