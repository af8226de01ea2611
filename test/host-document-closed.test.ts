// Closing a document gives back what a host cached to re-check it quickly (issue 12: the server's
// memory must come back after documents close), while the folder index keeps the file.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCatalogIndex, loadEngine } from '../server/src/engine/index';
import { hostFor } from '../server/src/engine/host/index';
import { PythonIndex } from '../server/src/engine/host/python/workspace';

test('Python: documentClosed drops the per-file caches, the index keeps the file', async () => {
  await loadEngine();
  const host = hostFor('python')!;
  const index = host.createIndex!();
  assert.ok(index instanceof PythonIndex);
  const file = '/work/app/crm/reports.py';
  const text = [
    'from django.db import models',
    '',
    'class Lead(models.Model):',
    '    company = models.TextField()',
    '    created_at = models.DateTimeField()',
    '    class Meta:',
    '        db_table = "leads"',
    '',
    'def microsoft():',
    '    return list(Lead.objects.filter(company="Microsoft"))',
    '',
  ].join('\n');
  index.indexFile(file, text);
  const catalog = createCatalogIndex();
  catalog.setFile('schema.sql', 'CREATE TABLE leads (id bigint, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);');
  const r = host.check(text, catalog.snapshot(), { fileName: file, index });
  assert.equal(r.findings.length, 1);
  assert.ok(index.checker!.cachedFiles >= 1);
  host.documentClosed!(file, index);
  assert.equal(index.checker!.cachedFiles, 0);
  // The index still knows the file: checking it again gives the same finding.
  assert.equal(host.check(text, catalog.snapshot(), { fileName: file, index }).findings.length, 1);
});
