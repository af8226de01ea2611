// Filter dicts a helper fills from a constant table of lookups in a loop (Shuup's picotable
// columns: `for column, lookup in COLUMN_FILTERS.items(): if params.get(column): filters[lookup] =
// params[column]`), spread into `filter(**get_filters(params))`: the loop adds none or all of the
// table's lookups (ANDed lookups only narrow), so the path adding none is judged too; a loop that
// always adds a table holding the key is silent. And `values(*self.default_columns)` over a list
// the code shows keeps the queryset's rows. `leads` is RANGE partitioned by `created_at`.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkApp, djangoCatalog } from './helpers/django-app';
import type { CatalogView } from '../server/src/engine/catalog/model';

const DDL = `
CREATE TABLE leads (id bigint NOT NULL, campaign_id bigint, status text, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE leads_2026_01 PARTITION OF leads FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
`;

const MODELS = `from django.db import models


class Lead(models.Model):
    campaign_id = models.BigIntegerField()
    status = models.TextField()
    company = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        db_table = "leads"
`;

let catalog: CatalogView;
before(async () => {
  catalog = await djangoCatalog(DDL);
});

/** Each finding in `crm/views.py` (`body` under an import of Lead) as `line:column-end text of its range`. */
function found(body: string[], tables = ''): string[] {
  const text = `from crm.models import Lead\nfrom crm.tables import COLUMN_FILTERS, COLUMNS\n\n\n${body.join('\n')}\n`;
  const files = { 'crm/__init__.py': '', 'crm/models.py': MODELS, 'crm/tables.py': tables, 'crm/views.py': text };
  return checkApp(catalog, files, 'crm/views.py').findings.map((f) => {
    const line = text.slice(0, f.start).split('\n').length;
    const col = f.start - text.lastIndexOf('\n', f.start - 1) - 1;
    return `${line}:${col}-${col + f.end - f.start} ${text.slice(f.start, f.end)}`;
  });
}

/** A query helper beside the tables, so that the index keeps their module. */
const HELPER = 'from crm.models import Lead\n\n\ndef new_leads():\n    return Lead.objects.filter(status="new")\n';

const filters = (table: string, guarded: boolean): string[] => [
  `COLUMN_FILTERS = ${table}`,
  '',
  '',
  'def get_filters(params):',
  '    filters = {}',
  '    for column, lookup in COLUMN_FILTERS.items():',
  ...(guarded ? ['        if params.get(column):', '            filters[lookup] = params[column]'] : ['        filters[lookup] = params[column]']),
  '    return filters',
  '',
  '',
  'def count(shop, params):',
  '    return Lead.objects.filter(campaign_id=shop).filter(**get_filters(params)).count()',
];

describe('Django: filter dicts filled in a loop over a constant table of lookups', () => {
  test('optional column lookups without the key: the path adding none scans, reported', () => {
    assert.deepEqual(found(filters('{"status": "status", "currency": "company"}', true)), ['17:11-15 Lead']);
  });

  test('the key in the table, added on an optional path: reported; always added: silent', () => {
    assert.deepEqual(found(filters('{"since": "created_at__gte", "status": "status"}', true)), ['17:11-15 Lead']);
    assert.deepEqual(found(filters('{"since": "created_at__gte", "status": "status"}', false)), []);
  });

  // The other module is one the index keeps (it queries too); a module of constants only is not indexed.
  test('a table imported from another module: read there (always added with the key: silent)', () => {
    const own = filters('{}', false).slice(3);
    assert.deepEqual(found(own, `COLUMN_FILTERS = {"since": "created_at__gte"}\nCOLUMNS = ["id"]\n${HELPER}`), []);
    assert.deepEqual(found(own, `COLUMN_FILTERS = {"status": "status"}\nCOLUMNS = ["id"]\n${HELPER}`), ['13:11-15 Lead']);
  });
});

describe('Django: values(*cols) over a list the code shows', () => {
  const view = (cols: string, where: string): string[] => [
    'class OrderList:',
    `    default_columns = ${cols}`,
    '',
    '    def get_data(self, shop, since):',
    `        page = Lead.objects.filter(${where}).order_by("-created_at")[:20].values(*self.default_columns)`,
    '        return list(page)',
  ];

  test('a class attribute read through self: the rows are the queryset\'s, reported without the key', () => {
    assert.deepEqual(found(view('["id", "status"]', 'campaign_id=shop')), ['10:20-24 page']);
  });

  test('an imported module-level list: reported without the key', () => {
    assert.deepEqual(found(view('COLUMNS', 'campaign_id=shop'), `COLUMN_FILTERS = {}\nCOLUMNS = ["id", "status"]\n${HELPER}`), ['10:20-24 page']);
  });

  test('the key in the filter: silent; a list that is not visible stays silent', () => {
    assert.deepEqual(found(view('["id", "status"]', 'campaign_id=shop, created_at__gte=since')), []);
    assert.deepEqual(found(view('columns()', 'campaign_id=shop')), []);
  });
});
