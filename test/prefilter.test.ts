// The index-driven pre-filter of the TypeScript and Python hosts (`HostModule.mightReach`), as
// `checkFile` applies it with a folder's indexes: a file that cannot reach a partitioned table is
// skipped without a parse (`prefiltered`), and a file that can is checked as before.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import { checkFile, FolderIndexes, loadEngine } from '../server/src/engine/index';

const DDL = `CREATE TABLE leads (id bigint, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE users (id bigint, email text);
`;

let catalog: CatalogSnapshot;

before(async () => {
  await loadEngine();
  const wc = new WorkspaceCatalog();
  wc.setFile('/ws/db/structure.sql', DDL, 'sql');
  catalog = wc.snapshot();
});

/** A folder's indexes that learned `files`, and a checker over them. */
function folder(files: Record<string, string>): (file: string) => ReturnType<typeof checkFile> {
  const ix = new FolderIndexes();
  for (const [f, text] of Object.entries(files)) ix.indexFile(f, text);
  return (f) => checkFile(f, files[f]!, catalog, undefined, f, undefined, ix);
}

void describe('pre-filter: TypeScript', () => {
  void it('skips files that reach no partitioned table, checks those that do', () => {
    const files: Record<string, string> = {
      '/ws/src/db.ts': "import knex from 'knex';\nexport const db = knex({ client: 'pg' });\n",
      '/ws/src/users.ts': "import { db } from './db';\nexport async function emails() {\n  return await db('users').where('id', 1);\n}\n",
      '/ws/src/leads.ts': "import { db } from './db';\nexport async function byCompany(c: string) {\n  return await db('leads').where('company', c);\n}\n",
      '/ws/src/util.ts': 'export function total(xs: number[]) {\n  return xs.filter((x) => x > 0).find((x) => x > 2);\n}\n',
      '/ws/src/report.ts': "import { byCompany } from './leads';\nexport async function report() {\n  const rows = await byCompany('x');\n  return rows.find((r) => r.id > 1);\n}\n",
    };
    const check = folder(files);
    // A query on a table that is not partitioned, through a client: nothing to judge, no parse.
    assert.equal(check('/ws/src/users.ts').prefiltered, true);
    assert.equal(check('/ws/src/util.ts').prefiltered, true);
    assert.equal(check('/ws/src/db.ts').prefiltered, true);
    const leads = check('/ws/src/leads.ts');
    assert.notEqual(leads.prefiltered, true);
    assert.deepEqual(leads.findings.map((f) => f.code), ['partition-key-missing']);
    // Importing a module that names a partitioned table is enough to be checked.
    assert.notEqual(check('/ws/src/report.ts').prefiltered, true);
  });

  void it('a Prisma model related to a model stored in a partitioned table reaches it', () => {
    const schema = `model User {\n  id Int @id\n  contacts Lead[]\n  @@map("users")\n}\nmodel Lead {\n  id Int @id\n  company String\n  createdAt DateTime @map("created_at")\n  userId Int\n  user User @relation(fields: [userId], references: [id])\n  @@map("leads")\n}\n`;
    const files: Record<string, string> = {
      '/ws/prisma/schema.prisma': schema,
      '/ws/src/client.ts': "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n",
      // Names only `user`, whose relation `contacts` points at a model in a partitioned table.
      '/ws/src/u.ts': "import { prisma } from './client';\nexport async function f() {\n  return await prisma.user.findMany({ include: { contacts: true } });\n}\n",
      '/ws/src/w.ts': "import { prisma } from './client';\nexport async function h() {\n  return await prisma.user.findMany({ where: { id: 1 } });\n}\n",
      '/ws/src/v.ts': "import { prisma } from './client';\nexport async function g() {\n  return await prisma.lead.findMany({ where: { company: 'x' } });\n}\n",
    };
    const check = folder(files);
    assert.notEqual(check('/ws/src/u.ts').prefiltered, true);
    // The same model without the relation: checked (the model reaches one), nothing to report.
    assert.deepEqual(check('/ws/src/w.ts').findings, []);
    const v = check('/ws/src/v.ts');
    assert.notEqual(v.prefiltered, true);
    assert.deepEqual(v.findings.map((f) => f.code), ['partition-key-missing']);
  });
});

void describe('pre-filter: Python', () => {
  void it('skips files that reach no partitioned table, checks those that do', () => {
    const files: Record<string, string> = {
      '/ws/crm/models.py': 'from django.db import models\n\n\nclass Lead(models.Model):\n    company = models.TextField()\n    created_at = models.DateTimeField()\n\n    class Meta:\n        db_table = "leads"\n',
      '/ws/crm/views.py': 'from crm.models import Lead\n\n\ndef view(request, company):\n    return list(Lead.objects.filter(company=company))\n',
      '/ws/crm/util.py': 'def total(items, factor=2):\n    return sum(i * factor for i in items)\n',
    };
    const check = folder(files);
    assert.equal(check('/ws/crm/util.py').prefiltered, true);
    const views = check('/ws/crm/views.py');
    assert.notEqual(views.prefiltered, true);
    assert.deepEqual(views.findings.map((f) => f.code), ['partition-key-missing']);
  });
});
