// A custom QuerySet method applying a date bound only when one is given (Shuup's
// `in_date_range(start, end)`: `if start: result = result.filter(created_at__gte=…)`) is decided
// by each call's own arguments: a value a visible helper always returns (`to_aware(d)` returning
// `d` or `d.replace(…)` or `datetime.combine(…)`), or a required parameter of the calling function
// handed on as it is, gives the bound; `None` (written, or a caller's `None` for that parameter, or
// a parameter the function itself tests) does not. `leads` is RANGE partitioned by `created_at`.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkApp, djangoCatalog } from './helpers/django-app';
import type { CatalogView } from '../server/src/engine/catalog/model';

const DDL = `
CREATE TABLE leads (id bigint NOT NULL, campaign_id bigint, status text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE leads_2026_01 PARTITION OF leads FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
`;

const MODELS = (toAware: string[]): string => `import datetime

from django.db import models
from django.utils.timezone import now


def to_aware(date):
${toAware.map((l) => `    ${l}`).join('\n')}


class OrderQuerySet(models.QuerySet):
    def since(self, days):
        since_date = (now() - datetime.timedelta(days=days)).date()
        return self.in_date_range(to_aware(since_date), None)

    def in_date_range(self, start, end):
        result = self
        if start:
            result = result.filter(created_at__gte=to_aware(start))
        if end:
            result = result.filter(created_at__lte=to_aware(end))
        return result


class Lead(models.Model):
    campaign_id = models.BigIntegerField()
    status = models.TextField()
    created_at = models.DateTimeField()

    objects = OrderQuerySet.as_manager()

    class Meta:
        db_table = "leads"
`;

const AWARE = [
  'if isinstance(date, datetime.datetime):',
  '    return date if date.tzinfo else date.replace(tzinfo=datetime.timezone.utc)',
  'return datetime.datetime.combine(date, datetime.time(), tzinfo=datetime.timezone.utc)',
];

let catalog: CatalogView;
before(async () => {
  catalog = await djangoCatalog(DDL);
});

/** Each finding in `crm/views.py` (`body` under an import of Lead) as `line:column-end text of its range`. */
function found(body: string[], toAware = AWARE): string[] {
  const text = `from crm.models import Lead\n\n\n${body.join('\n')}\n`;
  const files = { 'crm/__init__.py': '', 'crm/models.py': MODELS(toAware), 'crm/views.py': text };
  return checkApp(catalog, files, 'crm/views.py').findings.map((f) => {
    const line = text.slice(0, f.start).split('\n').length;
    const col = f.start - text.lastIndexOf('\n', f.start - 1) - 1;
    return `${line}:${col}-${col + f.end - f.start} ${text.slice(f.start, f.end)}`;
  });
}

describe('Django: a bound applied only when given, decided by the call', () => {
  test('since(days) hands in_date_range a date a visible helper always returns: silent; no bound at all is reported', () => {
    assert.deepEqual(found([
      'def today(shop):',
      '    return Lead.objects.filter(campaign_id=shop).since(0).count()',
      '',
      '',
      'def every(shop):',
      '    return Lead.objects.in_date_range(None, None).filter(campaign_id=shop).count()',
    ]), ['9:11-15 Lead']);
  });

  test('the helper returning its value through a local gives the bound too: silent', () => {
    const viaLocal = [
      'if isinstance(date, datetime.datetime):',
      '    value = date if date.tzinfo else date.replace(tzinfo=datetime.timezone.utc)',
      '    return value',
      'value = datetime.datetime.combine(date, datetime.time(), tzinfo=datetime.timezone.utc)',
      'return value',
    ];
    assert.deepEqual(found(['def today(shop):', '    return Lead.objects.filter(campaign_id=shop).since(0).count()'], viaLocal), []);
  });

  test('a helper that may return None does not give the bound: reported', () => {
    const maybe = ['if date is None:', '    return None', 'return datetime.datetime.combine(date, datetime.time())'];
    assert.deepEqual(found(['def today(shop):', '    return Lead.objects.filter(campaign_id=shop).since(0).count()'], maybe), ['5:11-15 Lead']);
  });

  test('required parameters handed on as they are give the bounds: silent', () => {
    assert.deepEqual(found([
      'def month(shop, month_start, month_end):',
      '    return Lead.objects.in_date_range(month_start, month_end).filter(campaign_id=shop).update(status="paid")',
      '',
      '',
      'def older(shop, cutoff):',
      '    return Lead.objects.in_date_range(None, cutoff).filter(campaign_id=shop).update(status="archived")',
    ]), []);
  });

  test('a parameter with a default, tested by the function, or passed None by a caller may be missing: reported', () => {
    assert.deepEqual(found([
      'def optional(shop, start=None):',
      '    return Lead.objects.in_date_range(start, None).filter(campaign_id=shop).count()',
      '',
      '',
      'def tested(shop, start):',
      '    label = "from %s" % start if start else "all"',
      '    return label, Lead.objects.in_date_range(start, None).filter(campaign_id=shop).count()',
      '',
      '',
      'def window(shop, start):',
      '    return Lead.objects.in_date_range(start, None).filter(campaign_id=shop).count()',
      '',
      '',
      'def everything(shop):',
      '    return window(shop, None)',
    ]), ['5:11-15 Lead', '10:18-22 Lead', '14:11-15 Lead']);
  });
});
