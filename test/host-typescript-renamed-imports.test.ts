// A model imported under another name (`import { leads as leadsTable }`, `import { Lead as LeadModel }`)
// is the model it names: Drizzle tables, Sequelize model classes and TypeORM entities are found
// through the import's binding, not through the local name's text. Each case has a silent twin
// that bounds the partition key through the renamed import.
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, test } from 'node:test';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import type { HostModule } from '../server/src/engine/host/types';
import { loadTsAppCatalog } from './helpers/ts-app-catalog';

const ROOT = '/virtual/renamed-imports';
let host: HostModule;
let catalog: CatalogSnapshot;

before(async () => {
  ({ host, catalog } = await loadTsAppCatalog());
});

/** Each finding of `target` as `line:startCol-endCol code table «the text of its range»` (1-based line, 0-based columns). */
function ranges(files: Record<string, string>, target: string): string[] {
  const index = host.createIndex!();
  for (const [name, text] of Object.entries(files)) index.indexFile(path.join(ROOT, name), text);
  const text = files[target]!;
  return host.check(text, catalog, { fileName: path.join(ROOT, target), index }).findings.map((f) => {
    const before = text.slice(0, f.start);
    const line = before.split('\n').length;
    const col = f.start - (before.lastIndexOf('\n') + 1);
    return `${line}:${col}-${col + f.end - f.start} ${f.code} ${f.table} «${text.slice(f.start, f.end)}»`;
  });
}

const DRIZZLE = {
  'src/db/schema.ts': [
    "import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';",
    "export const leads = pgTable('leads', {",
    "  id: bigint('id', { mode: 'number' }).notNull(),",
    "  company: text('company'),",
    "  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),",
    '});',
    '',
  ].join('\n'),
  'src/db/index.ts': "import { drizzle } from 'drizzle-orm/node-postgres';\nexport const db = drizzle(process.env.DATABASE_URL!);\n",
};

const drizzleQueries = (where: string): string =>
  [
    "import { and, eq, gte } from 'drizzle-orm';",
    "import { db as database } from './db';",
    "import { leads as leadsTable } from './db/schema';",
    'export async function byCompany(company: string, since: Date) {',
    `  return database.select().from(leadsTable).where(${where});`,
    '}',
    '',
  ].join('\n');

void test('Drizzle: a table imported under another name is that table, in from() and in its columns', () => {
  const files = { ...DRIZZLE, 'src/leads.ts': drizzleQueries('eq(leadsTable.company, company)') };
  assert.deepEqual(ranges(files, 'src/leads.ts'), ['5:32-42 partition-key-missing public.leads «leadsTable»']);
});

void test('precision: Drizzle: the key bounded through the renamed table stays silent', () => {
  const files = { ...DRIZZLE, 'src/leads.ts': drizzleQueries('and(eq(leadsTable.company, company), gte(leadsTable.createdAt, since))') };
  assert.deepEqual(ranges(files, 'src/leads.ts'), []);
});

const SEQUELIZE_MODEL = [
  "import { DataTypes, Model, Sequelize } from 'sequelize';",
  'const sequelize = new Sequelize(process.env.DATABASE_URL!);',
  'export class Lead extends Model {}',
  'Lead.init(',
  '  { id: { type: DataTypes.BIGINT, primaryKey: true }, company: DataTypes.TEXT, createdAt: DataTypes.DATE },',
  "  { sequelize, tableName: 'leads', underscored: true, updatedAt: false },",
  ');',
  '',
].join('\n');

const sequelizeQueries = (where: string): string =>
  [
    "import { Op } from 'sequelize';",
    "import { Lead as LeadModel } from './models/lead';",
    'export function byCompany(company: string, since: Date) {',
    `  return LeadModel.findAll({ where: ${where} });`,
    '}',
    '',
  ].join('\n');

void test('Sequelize: a model class imported under another name is that model', () => {
  const files = { 'src/models/lead.ts': SEQUELIZE_MODEL, 'src/leads.ts': sequelizeQueries('{ company }') };
  assert.deepEqual(ranges(files, 'src/leads.ts'), ['4:9-18 partition-key-missing public.leads «LeadModel»']);
});

void test('precision: Sequelize: the key bounded on the renamed model stays silent', () => {
  const files = { 'src/models/lead.ts': SEQUELIZE_MODEL, 'src/leads.ts': sequelizeQueries('{ company, createdAt: { [Op.gte]: since } }') };
  assert.deepEqual(ranges(files, 'src/leads.ts'), []);
});

const TYPEORM_ENTITY = [
  "import { Column, Entity, PrimaryColumn } from 'typeorm';",
  "@Entity({ name: 'leads' })",
  'export class Lead {',
  "  @PrimaryColumn({ type: 'bigint' }) id!: string;",
  "  @Column({ type: 'text' }) company!: string;",
  "  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;",
  '}',
  '',
].join('\n');

const typeormService = (where: string): string =>
  [
    "import { InjectRepository } from '@nestjs/typeorm';",
    "import { EntityManager, MoreThanOrEqual, Repository } from 'typeorm';",
    "import { Lead as LeadEntity } from './lead.entity';",
    'export class LeadsService {',
    '  constructor(@InjectRepository(LeadEntity) private readonly leads: Repository<LeadEntity>, private readonly em: EntityManager) {}',
    '  byCompany(company: string, since: Date) {',
    `    return this.leads.find({ where: ${where} });`,
    '  }',
    '  managed(company: string, since: Date) {',
    `    return this.em.find(LeadEntity, { where: ${where} });`,
    '  }',
    '}',
    '',
  ].join('\n');

void test('TypeORM: an entity imported under another name serves its injected repository and the EntityManager', () => {
  const files = { 'src/lead.entity.ts': TYPEORM_ENTITY, 'src/leads.service.ts': typeormService('{ company }') };
  assert.deepEqual(ranges(files, 'src/leads.service.ts'), [
    '7:16-21 partition-key-missing public.leads «leads»',
    '10:24-34 partition-key-missing public.leads «LeadEntity»',
  ]);
});

void test('precision: TypeORM: the key bounded on the renamed entity stays silent', () => {
  const files = { 'src/lead.entity.ts': TYPEORM_ENTITY, 'src/leads.service.ts': typeormService('{ company, createdAt: MoreThanOrEqual(since) }') };
  assert.deepEqual(ranges(files, 'src/leads.service.ts'), []);
});
