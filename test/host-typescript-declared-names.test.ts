// Model extraction and repositories name classes as their files declare them: an entity, a relation
// target, a base entity or an association target written through a renamed import (`import { Lead
// as LeadEntity }`) or a namespace import (`entities.Lead`) is the class it names, in the file that
// writes it (import-names.ts), so a repository exported by another module, a relation join and the
// columns a base class declares survive how the application spells its imports. Each case has a
// silent twin that bounds the partition key.
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, test } from 'node:test';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import type { HostModule } from '../server/src/engine/host/types';
import { loadTsAppCatalog } from './helpers/ts-app-catalog';

const ROOT = '/virtual/declared-names';
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

const BASE = [
  "import { CreateDateColumn, PrimaryColumn } from 'typeorm';",
  'export abstract class AppEntity {',
  "  @PrimaryColumn({ type: 'bigint' }) id!: string;",
  "  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;",
  '}',
  '',
].join('\n');

const OUTPUT = [
  "import { Column, Entity, ManyToOne } from 'typeorm';",
  "import { AppEntity as BaseModel } from './base.entity';",
  "import * as leadEntities from './lead.entity';",
  "@Entity({ name: 'agent_outputs' })",
  'export class AgentOutput extends BaseModel {',
  "  @Column({ name: 'lead_id', type: 'bigint' }) leadId!: string;",
  '  @ManyToOne(() => leadEntities.Lead) lead!: leadEntities.Lead;',
  '}',
  '',
].join('\n');

const LEAD = [
  "import { Column, Entity, OneToMany } from 'typeorm';",
  "import { AppEntity } from './base.entity';",
  "import { AgentOutput as OutputEntity } from './agent-output.entity';",
  "@Entity({ name: 'leads' })",
  'export class Lead extends AppEntity {',
  "  @Column({ type: 'text' }) company!: string;",
  '  @OneToMany(() => OutputEntity, (o) => o.lead) outputs!: OutputEntity[];',
  '}',
  '',
].join('\n');

const REPOSITORIES = [
  "import { DataSource } from 'typeorm';",
  "import { AgentOutput as OutputEntity } from './agent-output.entity';",
  "import * as entities from './lead.entity';",
  'export const ds = new DataSource({ type: "postgres" });',
  'export const leadRepository = ds.getRepository(entities.Lead);',
  'export const outputRepository = ds.getRepository(OutputEntity);',
  '',
].join('\n');

const TYPEORM = { 'src/base.entity.ts': BASE, 'src/agent-output.entity.ts': OUTPUT, 'src/lead.entity.ts': LEAD, 'src/repositories.ts': REPOSITORIES };

const handlers = (leadWhere: string, outputWhere: string): string =>
  [
    "import { MoreThanOrEqual } from 'typeorm';",
    "import * as repos from './repositories';",
    "import { outputRepository as outputs } from './repositories';",
    'export function leads(company: string, since: Date) {',
    `  return repos.leadRepository.find({ where: ${leadWhere}, relations: { outputs: true } });`,
    '}',
    'export function outputsOf(leadId: string, since: Date) {',
    `  return outputs.findBy(${outputWhere});`,
    '}',
    '',
  ].join('\n');

void test('TypeORM: repositories of another module, relation targets and base columns named through renamed and namespace imports', () => {
  const files = { ...TYPEORM, 'src/handlers.ts': handlers('{ company }', '{ leadId }') };
  assert.deepEqual(ranges(files, 'src/handlers.ts'), [
    '5:9-29 partition-key-missing public.leads «repos.leadRepository»',
    '5:70-77 partition-key-missing public.agent_outputs «outputs»',
    '8:9-16 partition-key-missing public.agent_outputs «outputs»',
  ]);
});

void test('precision: TypeORM: keys bounded through the base class column and the joined relation stay silent', () => {
  const files = { ...TYPEORM, 'src/handlers.ts': handlers('{ company, createdAt: MoreThanOrEqual(since), outputs: { createdAt: MoreThanOrEqual(since) } }', '{ leadId, createdAt: MoreThanOrEqual(since) }') };
  assert.deepEqual(ranges(files, 'src/handlers.ts'), []);
});

const manager = (where: string): string =>
  [
    "import { DataSource, MoreThanOrEqual, type EntityManager } from 'typeorm';",
    "import * as entities from './lead.entity';",
    "import { AgentOutput as OutputEntity } from './agent-output.entity';",
    'export class AdminService {',
    '  constructor(private readonly dataSource: DataSource) {}',
    '  private get em(): EntityManager {',
    '    return this.dataSource.manager;',
    '  }',
    '  leads(company: string, since: Date) {',
    `    return this.em.find(entities.Lead, { where: ${where} });`,
    '  }',
    '  outputs(leadId: string, since: Date) {',
    `    return this.em.delete(OutputEntity, ${where.replace('company', 'leadId')});`,
    '  }',
    '}',
    '',
  ].join('\n');

void test('TypeORM: an EntityManager under any name takes an entity written as a namespace member or a renamed import', () => {
  const files = { ...TYPEORM, 'src/admin.service.ts': manager('{ company }') };
  assert.deepEqual(ranges(files, 'src/admin.service.ts'), [
    '10:24-37 partition-key-missing public.leads «entities.Lead»',
    '13:26-38 partition-key-missing public.agent_outputs «OutputEntity»',
  ]);
});

void test('precision: TypeORM: the EntityManager calls bounding the key stay silent', () => {
  const files = { ...TYPEORM, 'src/admin.service.ts': manager('{ company, createdAt: MoreThanOrEqual(since) }') };
  assert.deepEqual(ranges(files, 'src/admin.service.ts'), []);
});

const SEQ_MODELS = [
  "import { DataTypes, Model, Sequelize } from 'sequelize';",
  "import { AgentOutput as OutputModel } from './output';",
  'const sequelize = new Sequelize(process.env.DATABASE_URL!);',
  'export class Lead extends Model {',
  '  static recentWhere(since: Date) {',
  '    return { createdAt: { gte: since } };',
  '  }',
  '  static companyWhere(company: string) {',
  '    return { company };',
  '  }',
  '}',
  'Lead.init(',
  '  { id: { type: DataTypes.BIGINT, primaryKey: true }, company: DataTypes.TEXT, createdAt: DataTypes.DATE },',
  "  { sequelize, tableName: 'leads', underscored: true, updatedAt: false },",
  ');',
  "Lead.hasMany(OutputModel, { as: 'outputs', foreignKey: 'leadId' });",
  '',
].join('\n');

const SEQ_OUTPUT = [
  "import { DataTypes, Model, Sequelize } from 'sequelize';",
  'const sequelize = new Sequelize(process.env.DATABASE_URL!);',
  'export class AgentOutput extends Model {}',
  'AgentOutput.init(',
  '  { id: { type: DataTypes.BIGINT, primaryKey: true }, leadId: DataTypes.BIGINT, createdAt: DataTypes.DATE },',
  "  { sequelize, tableName: 'agent_outputs', underscored: true, updatedAt: false },",
  ');',
  '',
].join('\n');

const seqQueries = (where: string, included: string, getter: string): string =>
  [
    "import { Op } from 'sequelize';",
    "import * as leadModule from './models/lead';",
    "import { Lead as LeadModel } from './models/lead';",
    "import { AgentOutput as OutputModel } from './models/output';",
    'type LeadWithOutputs = LeadModel & { getOutputs(o?: object): Promise<OutputModel[]> };',
    'export function byCompany(company: string, since: Date) {',
    `  return leadModule.Lead.findAll({ where: ${where}, include: [{ model: OutputModel, as: 'outputs'${included} }] });`,
    '}',
    'export function outputsOf(lead: LeadWithOutputs) {',
    `  return lead.getOutputs(${getter});`,
    '}',
    '',
  ].join('\n');

void test('Sequelize: a static where builder through a namespace, an included model, an association target and a type alias of an instance through renamed imports', () => {
  const files = { 'src/models/lead.ts': SEQ_MODELS, 'src/models/output.ts': SEQ_OUTPUT, 'src/leads.ts': seqQueries('leadModule.Lead.companyWhere(company)', '', '') };
  assert.deepEqual(ranges(files, 'src/leads.ts'), [
    '7:20-24 partition-key-missing public.leads «Lead»',
    '7:100-111 partition-key-missing public.agent_outputs «OutputModel»',
    '10:14-24 partition-key-missing public.agent_outputs «getOutputs»',
  ]);
});

void test('precision: Sequelize: the keys bounded by the static builder and the include stay silent', () => {
  const files = { 'src/models/lead.ts': SEQ_MODELS, 'src/models/output.ts': SEQ_OUTPUT, 'src/leads.ts': seqQueries('leadModule.Lead.recentWhere(since)', ', where: { createdAt: { [Op.gte]: since } }', '{ where: { createdAt: { [Op.gte]: lead.createdAt } } }') };
  assert.deepEqual(ranges(files, 'src/leads.ts'), []);
});
