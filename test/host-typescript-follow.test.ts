// The TypeScript host across functions and files: a per-folder index (modules, exports and
// imports, classes, clients) and builders followed from where they are built to where they run.
// Expected findings are caret lines in test/fixtures/ts-follow (see its README); related
// locations, the per-folder separation, the pre-filter and error propagation are asserted here.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import { LineIndex, type Finding } from '../server/src/engine/finding';
import { checkFile, loadEngine } from '../server/src/engine/index';
import { hostFor } from '../server/src/engine/host/index';
import type { HostIndex, HostModule } from '../server/src/engine/host/types';
import { defaultIndex, TsIndex } from '../server/src/engine/host/typescript/index';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'ts-follow');
const APP = path.join(import.meta.dirname, 'fixtures', 'ts-app');

/** Caret lines (`//  ^^^ code`) → expected findings on the nearest code line above. */
function caretExpectations(text: string): { line: number; start: number; end: number; code: string }[] {
  const lines = text.split('\n');
  const out: { line: number; start: number; end: number; code: string }[] = [];
  let target = -1;
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)(\/\/)(\s*)(\^+) (\S+)\s*$/.exec(lines[i]!);
    if (!m) {
      target = i;
      continue;
    }
    const at = m[1]!.length + m[2]!.length + m[3]!.length;
    out.push({ line: target, start: at, end: at + m[4]!.length, code: m[5]! });
  }
  return out;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.(ts|prisma)$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

let host: HostModule;
let catalog: CatalogSnapshot;
let index: HostIndex;

function check(file: string, text = fs.readFileSync(file, 'utf8'), idx: HostIndex = index): readonly Finding[] {
  return host.check(text, catalog, { fileName: file, index: idx }).findings;
}

const shape = (text: string, fs_: readonly Finding[]): string[] => {
  const li = new LineIndex(text);
  return fs_.map((f) => {
    const s = li.position(f.start);
    const e = li.position(f.end);
    return `${s.line + 1}:${s.character + 1}-${e.character + 1} ${f.code}`;
  });
};

before(async () => {
  await loadEngine();
  host = hostFor('typescript')!;
  const ws = new WorkspaceCatalog();
  ws.setFile(path.join(APP, 'db', 'structure.sql'), fs.readFileSync(path.join(APP, 'db', 'structure.sql'), 'utf8'), 'sql');
  catalog = ws.snapshot();
  index = host.createIndex!();
  for (const f of [...walk(ROOT), path.join(APP, 'prisma', 'schema.prisma')]) index.indexFile(f, fs.readFileSync(f, 'utf8'));
});

void describe('TypeScript host: builders followed across functions and files', () => {
  for (const rel of ['repos/leads.ts', 'repos/lead-repo.ts', 'services/leads.ts', 'services/outputs.ts', 'services/objection.ts', 'migrations/20240102_rename.ts']) {
    void it(`reports exactly the marked findings in src/${rel}`, () => {
      const file = path.join(ROOT, 'src', rel);
      const text = fs.readFileSync(file, 'utf8');
      const want = caretExpectations(text).map((e) => `${e.line + 1}:${e.start + 1}-${e.end + 1} ${e.code}`).sort();
      assert.deepEqual(shape(text, check(file, text)).sort(), want);
    });
  }
});

void describe('TypeScript host: related locations', () => {
  const at = (file: string, text: string, needle: string): Finding => {
    const off = text.indexOf(needle);
    const f = check(file, text).find((x) => x.start === off);
    assert.ok(f, `a finding at ${needle}`);
    return f;
  };

  void it('points from the caller to where the builder was built and returned, in the other file (0-based positions)', () => {
    const file = path.join(ROOT, 'src', 'services', 'leads.ts');
    const text = fs.readFileSync(file, 'utf8');
    const f = at(file, text, "leadsByCompany('Microsoft').limit(50)");
    const repo = path.join(ROOT, 'src', 'repos', 'leads.ts');
    assert.deepEqual(f.related, [
      { kind: 'file', fileName: repo, start: { line: 5, character: 13 }, end: { line: 5, character: 18 }, message: 'query built here' },
      { kind: 'file', fileName: repo, start: { line: 5, character: 9 }, end: { line: 5, character: 46 }, message: 'returned here' },
    ]);
  });

  void it('points at the builder made here and the helper that refined it elsewhere', () => {
    const file = path.join(ROOT, 'src', 'services', 'leads.ts');
    const text = fs.readFileSync(file, 'utf8');
    const f = at(file, text, "withCompany(database('leads'), 'x')");
    const built = text.indexOf("'leads'", text.indexOf("withCompany(database('leads')")) + 1;
    assert.deepEqual(f.related?.[0], { kind: 'here', start: built, end: built + 5, message: 'query built here' });
    // The helper's statement refining its parameter, then its return.
    assert.deepEqual(f.related?.slice(1), [
      { kind: 'file', fileName: path.join(ROOT, 'src', 'repos', 'leads.ts'), start: { line: 18, character: 2 }, end: { line: 18, character: 29 }, message: 'refined here' },
      { kind: 'file', fileName: path.join(ROOT, 'src', 'repos', 'leads.ts'), start: { line: 19, character: 9 }, end: { line: 19, character: 37 }, message: 'refined here' },
    ]);
  });

  void it('a method called through this: related points into the same document', () => {
    const file = path.join(ROOT, 'src', 'repos', 'lead-repo.ts');
    const text = fs.readFileSync(file, 'utf8');
    const f = at(file, text, 'byCompany(company).count()');
    const built = text.indexOf("'leads'", text.indexOf('byCompany(company: string)')) + 1;
    assert.deepEqual(f.related?.[0], { kind: 'here', start: built, end: built + 5, message: 'query built here' });
  });
});

void describe('TypeScript host: the per-folder index', () => {
  const db = (client: string): string => (client === 'knex' ? "import knex from 'knex';\nexport default knex({ client: 'pg' });\n" : 'export default function db(name: string) { return { name }; }\n');
  const use = "import db from './db';\nexport async function q() {\n  return await db('leads').where('company', 'x');\n}\n";
  const folder = (root: string, client: string): HostIndex => {
    const idx = host.createIndex!();
    idx.indexFile(`${root}/db.ts`, db(client));
    idx.indexFile(`${root}/use.ts`, use);
    idx.indexFile(`${root}/models.ts`, `import { Model } from 'objection';\nexport class Lead extends Model {\n  static tableName = '${client === 'knex' ? 'leads' : 'users'}';\n}\n`);
    return idx;
  };

  void it('recognises a knex client imported under another name in one folder and not in another', () => {
    const a = folder('/ws-a', 'knex');
    const b = folder('/ws-b', 'plain');
    assert.deepEqual(shape(use, check('/ws-a/use.ts', use, a)), ['3:20-25 partition-key-missing']);
    assert.deepEqual(check('/ws-b/use.ts', use, b), []);
  });

  void it('resolves a model name in the folder that declares it (no process-wide registry)', () => {
    const src = "import { Lead } from './models';\nexport async function f() {\n  await Lead.query().where('company', 'x');\n}\n";
    assert.equal(check('/ws-a/q.ts', src, folder('/ws-a', 'knex')).length, 1);
    assert.equal(check('/ws-b/q.ts', src, folder('/ws-b', 'plain')).length, 0);
    assert.equal(check('/ws-c/q.ts', src, host.createIndex!()).length, 0);
  });

  void it('knows which files depend on a module and changes its generation when a file changes', () => {
    const a = folder('/ws-a', 'knex');
    assert.deepEqual(a.dependentsOf?.('/ws-a/db.ts'), ['/ws-a/use.ts']);
    const g = a.generation;
    a.indexFile('/ws-a/db.ts', db('knex'));
    assert.equal(a.generation, g, 'same text, same generation');
    a.indexFile('/ws-a/db.ts', db('plain'));
    assert.notEqual(a.generation, g);
    assert.deepEqual(check('/ws-a/use.ts', use, a), [], 'db is no longer a client');
    a.removeFile('/ws-a/use.ts');
    assert.deepEqual(a.dependentsOf?.('/ws-a/db.ts'), []);
  });

  void it('recognises a Prisma client generated to a custom output (Prisma 6+) and injected into a service', () => {
    const idx = host.createIndex!();
    idx.indexFile('/ws-g/prisma/schema.prisma', fs.readFileSync(path.join(APP, 'prisma', 'schema.prisma'), 'utf8'));
    idx.indexFile('/ws-g/src/db.service.ts', "import { PrismaClient } from '../generated/prisma';\nexport class DbService extends PrismaClient {}\n");
    const svc = "import { DbService } from './db.service';\nexport class S {\n  constructor(private readonly db: DbService) {}\n  async f() {\n    return this.db.agentOutput.findMany({ where: { leadId: 1 } });\n  }\n}\n";
    idx.indexFile('/ws-g/src/s.ts', svc);
    assert.deepEqual(shape(svc, check('/ws-g/src/s.ts', svc, idx)), ['5:20-31 partition-key-missing']);
    // The same service in a folder whose DbService is not a client reports nothing.
    const other = host.createIndex!();
    other.indexFile('/ws-h/prisma/schema.prisma', fs.readFileSync(path.join(APP, 'prisma', 'schema.prisma'), 'utf8'));
    other.indexFile('/ws-h/src/db.service.ts', 'export class DbService {}\n');
    assert.deepEqual(check('/ws-h/src/s.ts', svc, other), []);
  });

  void it('skips a file that names no partitioned table, model, client or import without parsing it', () => {
    const idx = host.createIndex!() as TsIndex;
    assert.ok(idx instanceof TsIndex);
    const text = 'export function total(xs: number[]) {\n  return xs.filter((x) => x > 0).find((x) => x > 2);\n}\n';
    assert.deepEqual(check('/ws-d/util.ts', text, idx), []);
    assert.equal(idx.docs.size, 0, 'no parse tree was made for the file');
    check('/ws-d/q.ts', "import knex from 'knex';\nawait knex('leads');\n", idx);
    assert.equal(idx.docs.size, 1);
    // Imports count only when the imported module can reach the database (transitively).
    idx.indexFile('/ws-d/helper.ts', 'export const helper = (n: number) => n + 1;\n');
    idx.indexFile('/ws-d/db.ts', "import knex from 'knex';\nexport default knex({ client: 'pg' });\n");
    idx.indexFile('/ws-d/repo.ts', "import db from './db';\nexport const table = (t: string) => db(t);\n");
    check('/ws-d/ui.ts', "import { helper } from './helper';\nexport const x = helper(1);\n", idx);
    assert.equal(idx.docs.size, 1, 'a file importing only non-database modules is not parsed');
    // A client alone reaches no partitioned table: the table is only known at run time.
    check('/ws-d/use.ts', "import { table } from './repo';\nexport async function f(t: string) {\n  return await table(t).where('a', 1);\n}\n", idx);
    assert.equal(idx.docs.size, 1, 'a file importing a module that reaches only a client is not parsed');
    idx.indexFile('/ws-d/leads.ts', "import db from './db';\nexport const leads = () => db('leads');\n");
    check('/ws-d/use2.ts', "import { leads } from './leads';\nexport async function g() {\n  return await leads().where('a', 1);\n}\n", idx);
    assert.equal(idx.docs.size, 2, 'a file importing a module that names a partitioned table is parsed');
  });
});

void describe('TypeScript host: uniform failure', () => {
  void it('an internal error in the host surfaces as internalError, not as a crash or as silence', () => {
    const text = "import { Lead } from './models';\nawait Lead.query().where('company', 'x');\n";
    host.indexFile?.('/ws-e/models.ts', "import { Model } from 'objection';\nexport class Lead extends Model {\n  static tableName = 'leads';\n}\n");
    const find = defaultIndex.registry.find;
    defaultIndex.registry.find = () => {
      throw new Error('forced internal error');
    };
    try {
      assert.throws(() => host.check(text, catalog, { fileName: '/ws-e/q.ts' }), /forced internal error/);
      const r = checkFile('/ws-e/q.ts', text, catalog);
      assert.deepEqual(r.findings, []);
      assert.match(r.internalError ?? '', /forced internal error/);
    } finally {
      defaultIndex.registry.find = find;
      host.removeFile?.('/ws-e/models.ts');
    }
  });
});

void describe('TypeScript host: DDL in migrations and schema builders', () => {
  const file = path.join(ROOT, 'src', 'migrations', '20240102_rename.ts');

  void it('learns knex schema.raw DDL and schema.renameTable from up(), not from down()', () => {
    const text = fs.readFileSync(file, 'utf8');
    assert.deepEqual(
      host.sqlFragments(text, file).filter((f) => f.ddl).map((f) => f.text),
      ['CREATE TABLE events (id bigint NOT NULL, at timestamptz NOT NULL) PARTITION BY RANGE (at)', 'ALTER TABLE "events" RENAME TO "app_events"'],
    );
    const ws = new WorkspaceCatalog();
    ws.setFile(path.join(APP, 'db', 'structure.sql'), fs.readFileSync(path.join(APP, 'db', 'structure.sql'), 'utf8'), 'sql');
    ws.setFile(file, text, 'typescript');
    const names = ws.snapshot().tables().map((t) => t.name);
    assert.ok(names.includes('app_events'), names.join(','));
    assert.ok(!names.includes('events'));
  });

  void it('never takes a knex schema builder call for a query, in or out of a migration', () => {
    const src = "import knex from 'knex';\nconst db = knex({});\nexport async function f() {\n  await db.schema.table('leads', (t) => t.index(['company']));\n  await db.schema.alterTable('leads', (t) => t.text('x'));\n}\n";
    assert.deepEqual(check('/ws-f/setup.ts', src, host.createIndex!()), []);
  });
});

void describe('TypeScript host: Sequelize naming', () => {
  void it('applies new Sequelize(…, { define: { underscored: true } }) to models of other files', () => {
    const idx = host.createIndex!();
    idx.indexFile('/ws-s/db.ts', "import { Sequelize } from 'sequelize';\nexport const sequelize = new Sequelize('postgres://x', { define: { underscored: true } });\n");
    idx.indexFile(
      '/ws-s/lead.ts',
      "import { DataTypes, Model } from 'sequelize';\nimport { sequelize } from './db';\nexport class Lead extends Model {}\nLead.init({ company: DataTypes.TEXT }, { sequelize, tableName: 'leads' });\n",
    );
    const q = "import { Op } from 'sequelize';\nimport { Lead } from './lead';\nexport async function f(from: Date) {\n  await Lead.findAll({ where: { createdAt: { [Op.gte]: from } } });\n  await Lead.findAll({ where: { company: 'x' } });\n}\n";
    assert.deepEqual(shape(q, check('/ws-s/q.ts', q, idx)), ['5:9-13 partition-key-missing']);
    // Without the global option the same filter names a column "createdAt" that is not the key.
    idx.indexFile('/ws-s/db.ts', "import { Sequelize } from 'sequelize';\nexport const sequelize = new Sequelize('postgres://x');\n");
    assert.deepEqual(shape(q, check('/ws-s/q.ts', q, idx)), ['4:9-13 partition-key-missing', '5:9-13 partition-key-missing']);
  });
});

void describe('TypeScript host: builders in local variables (precision)', () => {
  const folder = (files: Record<string, string>): HostIndex => {
    const idx = host.createIndex!();
    idx.indexFile('/ws-l/db.ts', "import knex from 'knex';\nexport const db = knex({ client: 'pg' });\n");
    for (const [f, t] of Object.entries(files)) idx.indexFile(`/ws-l/${f}`, t);
    return idx;
  };

  void it('a variable holding awaited rows is not a builder, and the builder is reported once where it runs', () => {
    const src =
      "import { db } from './db';\nexport async function f(c: string) {\n  const rows = await db('leads').where('company', c);\n  return rows;\n}\n" +
      "export async function g(c: string) {\n  const q = db('leads').where('company', c);\n  const rows = await q;\n  return rows;\n}\n";
    assert.deepEqual(shape(src, check('/ws-l/u.ts', src, folder({ 'u.ts': src }))), ['3:26-31 partition-key-missing', '8:22-23 partition-key-missing']);
  });

  void it('reports nothing when a helper not in the workspace receives a knex builder, or a loop refines it', () => {
    const src =
      "import { db } from './db';\nimport { applyAll } from 'somewhere';\nexport async function f(c: string) {\n  const q = db('leads').where('company', c);\n  applyAll(q);\n  return await q;\n}\n" +
      "export async function g(c: string, fs: [string, Date][]) {\n  const q = db('leads').where('company', c);\n  for (const [col, v] of fs) q.where(col, '>=', v);\n  return await q;\n}\n";
    assert.deepEqual(check('/ws-l/v.ts', src, folder({ 'v.ts': src })), []);
  });

  void it('a Kysely builder reassigned in both branches is judged per path: reported when one path lacks the key, not when both add it', () => {
    const src =
      "import { Kysely } from 'kysely';\nexport async function f(db: Kysely<any>, c: string, from?: Date) {\n  let q = db.selectFrom('leads').selectAll();\n" +
      "  if (from) q = q.where('created_at', '>=', from);\n  else q = q.where('company', '=', c);\n  return await q.execute();\n}\n";
    assert.deepEqual(shape(src, check('/ws-l/k.ts', src, folder({ 'k.ts': src }))), ['6:16-17 partition-key-missing']);
    const both = src.replace("q.where('company', '=', c)", "q.where('created_at', '<', from)");
    assert.deepEqual(check('/ws-l/k2.ts', both, folder({ 'k2.ts': both })), []);
  });

  void it('a method calling itself with a member of its parameter (`this.base(t.of)`) is followed without looping', () => {
    const svc =
      "import { Repository } from 'typeorm';\nimport { Lead } from './lead';\ntype T = { of?: T; name: string };\nexport class S {\n  constructor(private readonly repo: Repository<Lead>) {}\n" +
      "  base(t: T): T {\n    if (t.of) {\n      return this.base(t.of);\n    } else {\n      return t;\n    }\n  }\n" +
      "  async byStatus(t: T) {\n    return this.repo.find({ where: { status: this.base(t).name } });\n  }\n}\n";
    const entity = "import { Entity, Column } from 'typeorm';\n@Entity('leads')\nexport class Lead {\n  @Column({ name: 'created_at' }) createdAt!: Date;\n  @Column() status!: string;\n}\n";
    assert.deepEqual(shape(svc, check('/ws-l/rec.ts', svc, folder({ 'rec.ts': svc, 'lead.ts': entity }))), ['14:17-21 partition-key-missing']);
  });

  void it('a Drizzle builder in a local, on a client whose type alias we cannot follow, is judged where it is awaited', () => {
    const schema = "import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';\nexport const leads = pgTable('leads', {\n  id: bigint('id', { mode: 'number' }),\n  company: text('company'),\n  createdAt: timestamp('created_at'),\n});\n";
    const client = "import { drizzle } from 'drizzle-orm/node-postgres';\nconst connect = async () => drizzle(process.env.DATABASE_URL!);\nexport type Db = Awaited<ReturnType<typeof connect>>;\n";
    const use =
      "import { desc, eq, gte } from 'drizzle-orm';\nimport type { Db } from './client';\nimport { leads } from './schema';\n" +
      "export async function byCompany(db: Db, company: string, newest: boolean) {\n  const q = db.select().from(leads).where(eq(leads.company, company));\n  if (newest) q.orderBy(desc(leads.createdAt));\n  const rows = await q;\n  return rows;\n}\n" +
      "export async function since(db: Db, from: Date) {\n  const q = db.select().from(leads).where(gte(leads.createdAt, from));\n  const rows = await q;\n  return rows;\n}\n";
    assert.deepEqual(shape(use, check('/ws-l/use.ts', use, folder({ 'use.ts': use, 'schema.ts': schema, 'client.ts': client }))), ['7:22-23 partition-key-missing']);
  });

  void it('builders returned by a callback mapped into Promise.all run there', () => {
    const src =
      "import { db } from './db';\nexport async function rename(ids: number[], company: string) {\n  await Promise.all(ids.map((id) => db('leads').where('id', id).update({ company })));\n}\n" +
      "export async function renameIn(rows: { id: number; at: Date }[], company: string) {\n  await Promise.all(\n    rows.map((r) => {\n      return db('leads').where({ id: r.id, created_at: r.at }).update({ company });\n    }),\n  );\n}\n";
    assert.deepEqual(shape(src, check('/ws-l/m.ts', src, folder({ 'm.ts': src }))), ['3:41-46 partition-key-missing']);
  });

  void it('a knex table named by a constant (const, as-const object, enum, here or imported) and a transaction-or-default handle', () => {
    const names = "export enum Tables {\n  Lead = 'leads',\n}\nexport const T = { output: 'agent_outputs' } as const;\n";
    const src =
      "import type { Knex } from 'knex';\nimport { db } from './db';\nimport { T, Tables } from './names';\nconst LEADS = 'leads';\n" +
      "export async function a(u: number) {\n  return db(LEADS).where('user_id', u);\n}\n" +
      "export async function b(u: number, tx?: Knex.Transaction) {\n  return (tx || db)(Tables.Lead).where({ user_id: u });\n}\n" +
      "export async function c(id: number, tx?: Knex) {\n  return (tx ?? db)(T.output).where('lead_id', id).del();\n}\n" +
      "export async function d(u: number, from: Date) {\n  return db(Tables.Lead).where('user_id', u).where('created_at', '>=', from);\n}\n";
    assert.deepEqual(shape(src, check('/ws-l/t.ts', src, folder({ 't.ts': src, 'names.ts': names }))), [
      '6:13-18 partition-key-missing',
      '9:21-32 partition-key-missing',
      '12:21-29 partition-key-missing',
    ]);
  });

  void it('a Kysely search helper with many optional $if filters is judged with the caller’s options (the key filter given or not)', () => {
    const helper =
      "import type { Kysely } from 'kysely';\nexport interface Opts { userId?: number; status?: string; company?: string; email?: string; since?: Date; until?: Date }\n" +
      "export function search(k: Kysely<any>, o: Opts) {\n  return k\n    .selectFrom('leads')\n    .selectAll()\n" +
      "    .$if(!!o.userId, (qb) => qb.where('user_id', '=', o.userId!))\n    .$if(!!o.status, (qb) => qb.where('status', '=', o.status!))\n" +
      "    .$if(!!o.company, (qb) => qb.where('company', '=', o.company!))\n    .$if(!!o.email, (qb) => qb.where('email', '=', o.email!))\n" +
      "    .$if(!!o.since, (qb) => qb.where('created_at', '>=', o.since!))\n    .$if(!!o.until, (qb) => qb.where('created_at', '<', o.until!));\n}\n";
    const use =
      "import { Kysely } from 'kysely';\nimport { search } from './search';\nconst k = new Kysely<any>({} as never);\n" +
      "export async function ofUser(userId: number) {\n  return search(k, { userId }).limit(20).execute();\n}\n" +
      "export async function recent(userId: number) {\n  return search(k, { userId, since: new Date(Date.now() - 86_400_000) }).execute();\n}\n";
    assert.deepEqual(shape(use, check('/ws-l/use.ts', use, folder({ 'use.ts': use, 'search.ts': helper }))), ['5:10-16 partition-key-missing']);
  });

  void it('an Objection model imported through a barrel that re-exports its default under another name', () => {
    const model = "import { Model } from 'objection';\nexport default class Lead extends Model {\n  static tableName = 'leads';\n}\n";
    const barrel = "export { default as leads } from './lead';\n";
    const use =
      "import { leads } from './models';\nexport async function ofUser(u: number) {\n  return leads.query().where('user_id', u);\n}\n" +
      "export async function recent(u: number, from: Date) {\n  return leads.query().where('user_id', u).where('created_at', '>=', from);\n}\n";
    assert.deepEqual(shape(use, check('/ws-l/use.ts', use, folder({ 'use.ts': use, 'models/index.ts': barrel, 'models/lead.ts': model }))), ['3:10-15 partition-key-missing']);
  });

  void it('an async helper running a knex query on a where object its caller writes is judged at each call', () => {
    const q = "import { db } from './db';\nexport async function get(match: Record<string, unknown>, limit: number) {\n  return db('leads').where(match).limit(limit);\n}\n";
    const use =
      "import { get } from './q';\nexport async function a(u: number) {\n  return get({ user_id: u }, 10);\n}\n" +
      "export async function b(u: number, from: Date) {\n  return get({ user_id: u, created_at: from }, 10);\n}\n";
    const idx = folder({ 'q.ts': q, 'use.ts': use });
    assert.deepEqual(shape(use, check('/ws-l/use.ts', use, idx)), ['3:10-13 partition-key-missing']);
    assert.deepEqual(check('/ws-l/q.ts', q, idx), []);
  });

  void it('a method nobody calls that runs its variable (`return qb.getMany()`) is reported once, where it runs', () => {
    const svc =
      "import { Repository } from 'typeorm';\nexport class S {\n  constructor(private readonly repo: Repository<Lead>) {}\n" +
      "  findAll(status?: string) {\n    const qb = this.repo.createQueryBuilder('l');\n    if (status) qb.andWhere('l.status = :status', { status });\n    return qb.getMany();\n  }\n}\n";
    const entity = "import { Entity, Column } from 'typeorm';\n@Entity('leads')\nexport class Lead {\n  @Column({ name: 'created_at' }) createdAt!: Date;\n}\n";
    assert.deepEqual(shape(svc, check('/ws-l/t.ts', svc, folder({ 't.ts': svc, 'lead.ts': entity }))), ['7:12-14 partition-key-missing']);
  });

  void it('a custom Objection QueryBuilder method and a Prisma client whose query extension rewrites arguments are not guessed', () => {
    const qb = "const { QueryBuilder } = require('objection');\nclass LeadQB extends QueryBuilder {\n  recent() {\n    return this.where('created_at', '>=', new Date());\n  }\n}\nmodule.exports = { LeadQB };\n";
    const model = "const { Model } = require('objection');\nconst { LeadQB } = require('./qb');\nclass Lead extends Model {\n  static get tableName() {\n    return 'leads';\n  }\n  static get QueryBuilder() {\n    return LeadQB;\n  }\n}\nmodule.exports = { Lead };\n";
    const use = "const { Lead } = require('./lead');\nasync function f() {\n  return Lead.query().recent();\n}\nmodule.exports = { f };\n";
    assert.deepEqual(check('/ws-l/use.js', use, folder({ 'qb.js': qb, 'lead.js': model, 'use.js': use })), []);
    const idx = folder({});
    idx.indexFile('/ws-l/prisma/schema.prisma', fs.readFileSync(path.join(APP, 'prisma', 'schema.prisma'), 'utf8'));
    idx.indexFile('/ws-l/prisma.ts', "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n");
    idx.indexFile(
      '/ws-l/recent.ts',
      "import { prisma } from './prisma';\nexport const recent = prisma.$extends({\n  query: { lead: { async findMany({ args, query }) {\n    args.where = { ...args.where, createdAt: { gte: new Date() } };\n    return query(args);\n  } } },\n});\n",
    );
    const q = "import { prisma } from './prisma';\nimport { recent } from './recent';\nexport async function f(company: string) {\n  await recent.lead.findMany({ where: { company } });\n  await prisma.lead.findMany({ where: { company } });\n}\n";
    idx.indexFile('/ws-l/q.ts', q);
    assert.deepEqual(shape(q, check('/ws-l/q.ts', q, idx)), ['5:16-20 partition-key-missing']);
  });

  void it('an alias spliced into a TypeORM condition string is not guessed, and a composite Objection id carrying the key prunes', () => {
    const helper = 'export function since(qb: any, alias: string, d: Date) {\n  return qb.andWhere(`${alias}.createdAt >= :d`, { d });\n}\n';
    const svc =
      "import { Repository } from 'typeorm';\nimport { since } from './helper';\nexport class S {\n  constructor(private readonly repo: Repository<Lead>) {}\n" +
      "  f(d: Date) {\n    return since(this.repo.createQueryBuilder('l'), 'l', d).getMany();\n  }\n}\n";
    const entity = "import { Entity, Column } from 'typeorm';\n@Entity('leads')\nexport class Lead {\n  @Column({ name: 'created_at' }) createdAt!: Date;\n}\n";
    assert.deepEqual(check('/ws-l/s.ts', svc, folder({ 'helper.ts': helper, 's.ts': svc, 'lead.ts': entity })), []);
    const models = "import { Model } from 'objection';\nexport class Campaign extends Model {\n  static tableName = 'campaigns';\n  static idColumn = ['id', 'user_id'];\n}\n";
    const q = "import { Campaign } from './models';\nexport async function f(id: number, u: number) {\n  return await Campaign.query().findById([id, u]);\n}\n";
    assert.deepEqual(check('/ws-l/q.ts', q, folder({ 'models.ts': models, 'q.ts': q })), []);
  });
});

void describe('TypeScript host: arguments read by a followed repository method', () => {
  void it('judges a Prisma where handed to a NestJS repository at the call, with the caller’s object', () => {
    const idx = host.createIndex!();
    idx.indexFile('/ws-p/prisma/schema.prisma', fs.readFileSync(path.join(APP, 'prisma', 'schema.prisma'), 'utf8'));
    idx.indexFile('/ws-p/src/prisma.service.ts', "import { PrismaClient } from '@prisma/client';\nexport class PrismaService extends PrismaClient {}\n");
    const repo =
      "import type { Prisma } from '@prisma/client';\nimport { PrismaService } from './prisma.service';\nexport class LeadsRepository {\n  constructor(private readonly prisma: PrismaService) {}\n" +
      '  findMany(where: Prisma.LeadWhereInput, take = 50) {\n    return this.prisma.lead.findMany({ where, take });\n  }\n}\n';
    const svc =
      "import { LeadsRepository } from './leads.repository';\nexport class LeadsService {\n  constructor(private readonly leads: LeadsRepository) {}\n" +
      '  byCompany(company: string) {\n    return this.leads.findMany({ company });\n  }\n' +
      '  byCompanySince(company: string, since: Date) {\n    return this.leads.findMany({ company, createdAt: { gte: since } });\n  }\n}\n';
    idx.indexFile('/ws-p/src/leads.repository.ts', repo);
    idx.indexFile('/ws-p/src/leads.service.ts', svc);
    const fs_ = check('/ws-p/src/leads.service.ts', svc, idx);
    assert.deepEqual(shape(svc, fs_), ['5:23-31 partition-key-missing']);
    assert.equal(fs_[0]?.related?.[0]?.message, 'query built here');
    // The repository's own file reports nothing: its where is the caller's.
    assert.deepEqual(check('/ws-p/src/leads.repository.ts', repo, idx), []);
  });
});

void describe('TypeScript host: repositories as objects and fields', () => {
  void it('follows methods of an exported object of functions and of a field made with new', () => {
    const idx = host.createIndex!();
    idx.indexFile('/ws-o/db.ts', "import knex from 'knex';\nexport const db = knex({ client: 'pg' });\n");
    idx.indexFile('/ws-o/dao.ts', "import { db } from './db';\nexport default {\n  byCompany(company: string) {\n    return db('leads').where({ company });\n  },\n};\n");
    idx.indexFile('/ws-o/repo.ts', "import type { Knex } from 'knex';\nexport class Repo {\n  constructor(private readonly knex: Knex) {}\n  ofLead(id: number) {\n    return this.knex('agent_outputs').where('lead_id', id);\n  }\n}\n");
    const use =
      "import dao from './dao';\nimport { db } from './db';\nimport { Repo } from './repo';\nexport class S {\n  private readonly repo = new Repo(db);\n" +
      "  async a(c: string) {\n    return await dao.byCompany(c);\n  }\n  async b(id: number, from: Date) {\n    return this.repo.ofLead(id).where('created_at', '>=', from);\n  }\n  async c(id: number) {\n    return this.repo.ofLead(id);\n  }\n}\n";
    idx.indexFile('/ws-o/use.ts', use);
    assert.deepEqual(shape(use, check('/ws-o/use.ts', use, idx)), ['7:22-31 partition-key-missing', '13:22-28 partition-key-missing']);
  });

  void it('a where helper spreading a call of itself is read to a bounded depth, not until the stack overflows', () => {
    const idx = host.createIndex!();
    idx.indexFile('/ws-r/prisma/schema.prisma', fs.readFileSync(path.join(APP, 'prisma', 'schema.prisma'), 'utf8'));
    idx.indexFile('/ws-r/prisma.ts', "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n");
    const src =
      "import { prisma } from './prisma';\nexport function scoped({ parent }: { parent?: object }): object {\n  const up = scoped({ parent: undefined });\n  const again = scoped(up);\n  return { status: 'new', ...again, ...parent };\n}\n" +
      "export async function list() {\n  const base = scoped({});\n  return prisma.lead.findMany({ where: scoped(base) });\n}\n";
    idx.indexFile('/ws-r/where.ts', src);
    assert.deepEqual(check('/ws-r/where.ts', src, idx), []);
  });

  void it('a Prisma call visible in its own file is reported there, not again at each caller', () => {
    const idx = host.createIndex!();
    idx.indexFile('/ws-q/prisma/schema.prisma', fs.readFileSync(path.join(APP, 'prisma', 'schema.prisma'), 'utf8'));
    idx.indexFile('/ws-q/prisma.ts', "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n");
    const repo = "import { prisma } from './prisma';\nexport const leads = {\n  ofUser(userId: number) {\n    return prisma.lead.findMany({ where: { userId } });\n  },\n};\n";
    idx.indexFile('/ws-q/repo.ts', repo);
    const use = "import { leads } from './repo';\nexport async function f(u: number) {\n  return leads.ofUser(u);\n}\n";
    idx.indexFile('/ws-q/use.ts', use);
    assert.deepEqual(check('/ws-q/use.ts', use, idx), []);
    assert.deepEqual(shape(repo, check('/ws-q/repo.ts', repo, idx)), ['4:19-23 partition-key-missing']);
  });
});
