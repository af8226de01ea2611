// Objects built away from the query that uses them (Prisma, Sequelize, TypeORM), against the real
// ORMs and the real planner: for every `// case:<id>` line of test/fixtures/ts-objects, the same
// query is run by the real ORM (Prisma 7 for real on a throwaway server; Sequelize and TypeORM
// offline, recording the SQL they generate), EXPLAINed on PostgreSQL 15 and 18, and the TypeScript
// host must report that line exactly when some partitioned table keeps every leaf partition.
// Caret lines in the fixture give the exact ranges of the findings.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import pg from 'pg';
import 'reflect-metadata';
import { col, DataTypes, fn, Model, Op, Sequelize, where } from 'sequelize';
import { Between, Brackets, DataSource, EntitySchema, In, MoreThanOrEqual } from 'typeorm';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import { LineIndex, type Finding } from '../server/src/engine/finding';
import { loadEngine } from '../server/src/engine/index';
import { hostFor } from '../server/src/engine/host/index';
import type { HostIndex, HostModule } from '../server/src/engine/host/types';
import '../server/src/engine/host/typescript/index';
import { freshDatabase, pgServers } from './helpers/db';
import { keptAll } from './helpers/plan';
import { capturingClient, generatePrismaClient, prisma7Schema, type PrismaLike } from './helpers/prisma';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'ts-objects');
const SCHEMA = fs.readFileSync(path.join(ROOT, 'db', 'structure.sql'), 'utf8');
const from = new Date('2026-03-05T00:00:00Z');
const to = new Date('2026-03-20T00:00:00Z');
const SEED = `
INSERT INTO leads (id, user_id, company, email, status, created_at) OVERRIDING SYSTEM VALUE VALUES (5, 7, 'Acme', 'a@acme.test', 'new', '${from.toISOString()}');
INSERT INTO agent_outputs (id, lead_id, kind, created_at) OVERRIDING SYSTEM VALUE VALUES (9, 5, 'email', '${from.toISOString()}');
`;

interface Statement {
  readonly sql: string;
  readonly params: readonly unknown[];
}

// ------------------------------------------------------------------------------------------
// Sequelize offline: `sequelize.query` records the SQL Sequelize generated.

const sequelize = new Sequelize('postgres://nobody:none@127.0.0.1:1/none', { dialect: 'postgres', logging: false });
const captured: Statement[] = [];
(sequelize as unknown as { query: (s: string | { query: string; bind?: unknown[] }) => Promise<unknown> }).query = async (s) => {
  captured.push(typeof s === 'string' ? { sql: s, params: [] } : { sql: s.query, params: s.bind ?? [] });
  return [];
};
class SLead extends Model {}
SLead.init(
  { id: { type: DataTypes.BIGINT, primaryKey: true }, userId: DataTypes.BIGINT, company: DataTypes.TEXT, email: DataTypes.TEXT, status: DataTypes.TEXT },
  {
    sequelize,
    tableName: 'leads',
    modelName: 'Lead',
    underscored: true,
    updatedAt: false,
    scopes: { recent: { where: { createdAt: { [Op.gte]: new Date('2026-01-01T00:00:00Z') } } }, ofUser: (userId: number) => ({ where: { userId } }) },
  },
);
class SOutput extends Model {}
SOutput.init(
  { id: { type: DataTypes.BIGINT, primaryKey: true }, leadId: { type: DataTypes.BIGINT, field: 'lead_id' }, kind: DataTypes.TEXT, createdAt: { type: DataTypes.DATE, field: 'created_at' } },
  { sequelize, tableName: 'agent_outputs', modelName: 'AgentOutput', updatedAt: false },
);
SLead.hasMany(SOutput, { foreignKey: 'leadId', as: 'outputs' });
SOutput.belongsTo(SLead, { foreignKey: 'leadId', as: 'lead' });
type Instance = Model & Record<string, (o?: unknown) => Promise<unknown>>;
const loaded = (m: typeof SLead | typeof SOutput, values: Record<string, unknown>): Instance => m.build(values, { isNewRecord: false, raw: true }) as unknown as Instance;

const sq = async (run: () => Promise<unknown>): Promise<Statement[]> => {
  captured.length = 0;
  try {
    await run();
  } catch {
    // Processing the empty fake result may fail; the SQL is already recorded.
  }
  const s = captured.filter((c) => /^\s*(SELECT|UPDATE|DELETE)/i.test(c.sql));
  assert.ok(s.length > 0, 'Sequelize generated a statement');
  return s;
};

// ------------------------------------------------------------------------------------------
// TypeORM offline: metadata from schemas, each query's SQL from getQueryAndParameters().

const TLead = new EntitySchema<Record<string, unknown>>({
  name: 'Lead',
  tableName: 'leads',
  columns: {
    id: { type: 'bigint', primary: true },
    userId: { type: 'bigint', name: 'user_id' },
    company: { type: 'text' },
    status: { type: 'text' },
    createdAt: { type: 'timestamptz', name: 'created_at', primary: true },
  },
});
const TOutput = new EntitySchema<Record<string, unknown>>({
  name: 'AgentOutput',
  tableName: 'agent_outputs',
  columns: { id: { type: 'bigint', primary: true }, leadId: { type: 'bigint', name: 'lead_id' }, createdAt: { type: 'timestamptz', name: 'created_at', primary: true } },
});
const TRecord = new EntitySchema<Record<string, unknown>>({ name: 'LeadRecord', tableName: 'leads', columns: { id: { type: 'bigint', primary: true }, status: { type: 'text' } } });
const typeorm = new DataSource({ type: 'postgres', entities: [TLead, TOutput, TRecord] });
let typeormReady: Promise<void> | undefined;
const tq = async (q: (ds: DataSource) => { getQueryAndParameters(): [string, unknown[]] }): Promise<Statement[]> => {
  typeormReady ??= (typeorm as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  await typeormReady;
  const [sql, params] = q(typeorm).getQueryAndParameters();
  return [{ sql, params }];
};
const leadQb = (ds: DataSource, alias: string) => ds.getRepository('Lead').createQueryBuilder(alias);

/** Case id → the same query on the real ORM (Prisma: a call on a real client in a rolled-back transaction). */
type Delegate = Record<string, (args?: unknown) => Promise<unknown>>;
const d = (p: PrismaLike, m: string): Delegate => p[m] as Delegate;
const PRISMA: Record<string, (p: PrismaLike) => Promise<unknown>> = {
  // `leadFilter({ status })`: the path without `from` (the spread adds nothing).
  'po-helper-where': (p) => d(p, 'lead').findMany!({ where: { status: 'new' } }),
  'po-helper-where-key': (p) => d(p, 'lead').findMany!({ where: { AND: [{ status: 'new' }, { createdAt: { gte: from } }] } }),
  'po-args-builder': (p) => d(p, 'lead').findMany!({ where: { status: 'new' }, skip: 0, take: 20 }),
  'po-dto-method': (p) => d(p, 'lead').findMany!({ where: { company: 'Acme' } }),
  'po-dto-method-key': (p) => d(p, 'lead').findMany!({ where: { company: 'Acme', createdAt: { gte: from, lt: to } } }),
  'po-args-truthy-param': (p) => d(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: from } }, take: 50 }),
  'po-args-optional-param': (p) => d(p, 'lead').findMany!({ where: { userId: 7n }, take: 50 }),
  'po-where-ternary-truthy': (p) => d(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: from } } }),
  'po-optional-ternary': (p) => d(p, 'lead').findMany!({ where: { userId: 7n, createdAt: undefined } }),
  'po-shared-where': (p) => d(p, 'lead').count!({ where: { status: 'new' } }),
  'po-shared-where-page': (p) => d(p, 'lead').findMany!({ where: { status: 'new' }, take: 20 }),
  'po-crud-service': (p) => d(p, 'lead').findMany!({ where: { company: 'Acme' }, take: 50 }),
  'po-crud-service-key': (p) => d(p, 'lead').findMany!({ where: { createdAt: { gte: from } }, take: 50 }),
  'po-count-relation': (p) => d(p, 'lead').findMany!({ where: { createdAt: { gte: from } }, include: { _count: { select: { outputs: true } } } }),
  'po-context-client': (p) => d(p, 'lead').findMany!({ where: { userId: 7n, status: 'new' } }),
  'po-context-client-key': (p) => d(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: new Date('2026-03-05') } } }),
  'po-query-raw-typed': (p) => (p.$queryRaw as (s: TemplateStringsArray, ...v: unknown[]) => Promise<unknown>)`SELECT count(*) AS n FROM leads WHERE user_id = ${7n}`,
  // `shownOutputs(kind, since)` on the path with the flag unset.
  'po-relation-helper': (p) => d(p, 'lead').findMany!({ where: { status: 'new', outputs: { some: { kind: 'email', createdAt: { gte: from } } } } }),
  'po-relation-helper-key': (p) => d(p, 'lead').findMany!({ where: { createdAt: { gte: from }, outputs: { some: { kind: 'email', createdAt: { gte: from } } } } }),
  'po-count-relation-key': (p) => d(p, 'lead').findMany!({ where: { createdAt: { gte: from } }, include: { _count: { select: { outputs: { where: { createdAt: { gte: from } } } } } } }),
};
const OFFLINE: Record<string, () => Promise<Statement[]>> = {
  'sq-assign-maybe': () => sq(() => SLead.findAll({ where: { userId: 7 }, limit: 100 })),
  'sq-assign-key': () => sq(() => SLead.findAll({ where: { userId: 7, createdAt: { [Op.gte]: from } }, limit: 100 })),
  'sq-options-helper': () => sq(() => SLead.findAll({ where: { userId: 7 } })),
  'sq-options-helper-key': () => sq(() => SLead.findAll({ where: { createdAt: { [Op.gte]: from, [Op.lt]: to } } })),
  'sq-static-where': () => sq(() => SLead.findAll({ where: { company: 'Acme' }, limit: 20 })),
  // `statusWhere(status)` without `since`: the `if (since)` branch is not taken.
  'sq-filled-where': () => sq(() => SLead.count({ where: { status: 'new' } })),
  'sq-scope-method': () => sq(() => SLead.scope({ method: ['ofUser', 7] }).findAll()),
  'sq-scope-key': () => sq(() => SLead.scope(['recent', { method: ['ofUser', 7] }]).count()),
  'sq-where-fn': () => sq(() => SLead.findAll({ where: sequelize.where(sequelize.fn('date', sequelize.col('created_at')), '2026-03-05') })),
  'sq-where-col-key': () => sq(() => SLead.findAll({ where: where(col('created_at'), { [Op.gte]: from }) })),
  'sq-where-fn-and': () => sq(() => SLead.count({ where: { [Op.and]: [{ status: 'new' }, where(fn('date', col('created_at')), '2026-03-05')] } })),
  'sq-instance-find': () => sq(() => SLead.findOne({ where: { id: 5, createdAt: from } })),
  'sq-instance-update': () => sq(() => loaded(SLead, { id: 5, createdAt: from, status: 'new' }).update!({ status: 'won' })),
  'sq-getter': () => sq(() => loaded(SLead, { id: 5, createdAt: from }).getOutputs!()),
  'sq-getter-key': () => sq(() => loaded(SLead, { id: 5, createdAt: from }).getOutputs!({ where: { createdAt: { [Op.gte]: from } } })),
  'sq-getter-parent': () => sq(() => loaded(SOutput, { id: 9, leadId: 5, createdAt: from }).getLead!()),
  'sq-static-this': () => sq(() => SLead.findAll({ where: { userId: 7 }, order: [['id', 'DESC']] })),
  'sq-static-this-key': () => sq(() => SLead.findAll({ where: { userId: 7, createdAt: { [Op.gte]: from } } })),
  'sq-where-alias': () => sq(() => SLead.count({ where: where(fn('date', col('created_at')), '2026-03-05') })),
  'sq-instance-save': () =>
    sq(() => {
      const l = loaded(SLead, { id: 5, createdAt: from, company: 'Acme' });
      l.set('company', 'Globex');
      return l.save!();
    }),
  'sq-instance-reload': () => sq(() => loaded(SLead, { id: 5, createdAt: from }).reload!()),
  'sq-base-service': () => sq(() => SLead.findAll({ where: { status: 'new' }, limit: 50 })),
  'sq-base-service-key': () => sq(() => SLead.findAll({ where: { status: 'new', createdAt: { [Op.gte]: from } }, limit: 50 })),
  'sq-paginate-helper': () => sq(() => SLead.findAndCountAll({ where: { company: 'Acme' }, limit: 20, offset: 0 })),
  'sq-paginate-helper-key': () => sq(() => SOutput.findAndCountAll({ where: { createdAt: { [Op.gte]: from } }, limit: 20, offset: 0 })),

  'to-exported-repo': () => tq((ds) => leadQb(ds, 'Lead').setFindOptions({ where: { company: 'Acme' } })),
  'to-exported-repo-key': () => tq((ds) => leadQb(ds, 'Lead').setFindOptions({ where: { createdAt: MoreThanOrEqual(from) } })),
  'to-extend-repo': () => tq((ds) => leadQb(ds, 'l').where('l.company = :company', { company: 'Acme' })),
  'to-extend-repo-key': () => tq((ds) => leadQb(ds, 'l').where('l.company = :company', { company: 'Acme' }).andWhere('l.createdAt >= :from', { from })),
  // `repo.delete(criteria)` / `em.delete(Entity, criteria)` are `createQueryBuilder().delete().from(Entity).where(criteria)`.
  'to-manager-helper': () => tq((ds) => ds.createQueryBuilder().delete().from('AgentOutput').where({ leadId: '5' })),
  // `repo.delete(id)` with a primary key value: TypeORM's `EntityManager.delete` uses `whereInIds`.
  'to-delete-by-id': () => tq((ds) => ds.createQueryBuilder().delete().from('LeadRecord').whereInIds('5')),
  'to-em-delete': () => tq((ds) => ds.createQueryBuilder().delete().from('AgentOutput').where({ leadId: '5' })),
  'to-em-delete-key': () => tq((ds) => ds.createQueryBuilder().delete().from('AgentOutput').where({ leadId: '5', createdAt: from })),
  'to-paginate': () => tq((ds) => leadQb(ds, 'l').where('l.status = :status', { status: 'new' }).skip(10).take(10)),
  'to-paginate-key': () => tq((ds) => leadQb(ds, 'l').where('l.createdAt >= :from', { from }).skip(10).take(10)),
  'to-active-static': () => tq((ds) => leadQb(ds, 'lead').where('lead.userId = :userId', { userId: '7' })),
  'to-active-static-key': () => tq((ds) => leadQb(ds, 'lead').where('lead.userId = :userId', { userId: '7' }).andWhere('lead.createdAt >= :from', { from })),
  'to-entity-find': () => tq((ds) => leadQb(ds, 'Lead').setFindOptions({ where: { id: '5' } })),
  // An entity loaded and saved: TypeORM updates it by its primary columns (id and created_at here).
  'to-entity-save': () => tq((ds) => ds.createQueryBuilder().update('Lead').set({ status: 'won' }).where({ id: '5', createdAt: from })),
  'to-brackets-helper': () =>
    tq((ds) =>
      leadQb(ds, 'lead')
        .where('lead.userId = :userId', { userId: '7' })
        .andWhere(new Brackets((sub) => sub.where('lead.company ILIKE :kw', { kw: '%acme%' }).orWhere('lead.status = :kw', { kw: 'acme' }))),
    ),
  'to-brackets-key': () =>
    tq((ds) => leadQb(ds, 'lead').where('lead.createdAt >= :from', { from }).andWhere(new Brackets((b) => b.where('lead.status = :a', { a: 'new' }).orWhere('lead.status = :b', { b: 'open' })))),
  'to-repo-load-key': () => tq((ds) => leadQb(ds, 'Lead').setFindOptions({ where: { id: '5', createdAt: from } })),
  // `repo.save(lead)` of a loaded entity: an UPDATE by its primary columns (id and created_at here).
  'to-repo-save-key': () => tq((ds) => ds.createQueryBuilder().update('Lead').set({ status: 'archived' }).where({ id: '5', createdAt: from })),
  'to-query-object': () => tq((ds) => leadQb(ds, 'Lead').setFindOptions({ where: { status: 'new' }, take: 20 })),
  // `findOptionsOf(selector, config)` copies the selector entry by entry (a list becomes `In`); the default config takes 50.
  'to-selector-loop': () => tq((ds) => leadQb(ds, 'Lead').setFindOptions({ where: { userId: '7', status: In(['new', 'open']) }, take: 50 })),
  'to-selector-loop-copied-key': () => tq((ds) => leadQb(ds, 'Lead').setFindOptions({ where: { userId: '7', createdAt: from }, take: 50 })),
  'to-typed-param-repo': () => tq((ds) => leadQb(ds, 'Lead').setFindOptions({ where: { id: In(['5', '6']) } })),
  'to-typed-param-repo-key': () => tq((ds) => leadQb(ds, 'Lead').setFindOptions({ where: { id: In(['5', '6']), createdAt: MoreThanOrEqual(from) } })),
  'to-selector-loop-key': () => tq((ds) => leadQb(ds, 'Lead').setFindOptions({ where: { userId: '7', createdAt: Between(from, to) }, take: 20 })),
};

// ------------------------------------------------------------------------------------------

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out.sort();
}

/** `// case:<id>` lines of the fixture's sources. */
function caseLines(): { id: string; file: string; line: number }[] {
  const out: { id: string; file: string; line: number }[] = [];
  for (const f of walk(path.join(ROOT, 'src'))) {
    fs.readFileSync(f, 'utf8')
      .split('\n')
      .forEach((l, i) => {
        const m = /\/\/ case:([a-z0-9-]+)\s*$/.exec(l);
        if (m) out.push({ id: m[1]!, file: f, line: i });
      });
  }
  return out;
}

/** Caret lines (`//  ^^^ code`) → expected findings on the nearest code line above. */
function caretExpectations(text: string): string[] {
  const out: string[] = [];
  let target = -1;
  text.split('\n').forEach((l, i) => {
    const m = /^(\s*)(\/\/)(\s*)(\^+) (\S+)\s*$/.exec(l);
    if (!m) {
      target = i;
      return;
    }
    const at = m[1]!.length + m[2]!.length + m[3]!.length;
    out.push(`${target + 1}:${at + 1}-${at + m[4]!.length + 1} ${m[5]!}`);
  });
  return out;
}


let host: HostModule;
let catalog: CatalogSnapshot;
let index: HostIndex;
const findings = new Map<string, readonly Finding[]>();

before(async () => {
  await loadEngine();
  host = hostFor('typescript')!;
  const ws = new WorkspaceCatalog();
  ws.setFile(path.join(ROOT, 'db', 'structure.sql'), SCHEMA, 'sql');
  catalog = ws.snapshot();
  index = host.createIndex!();
  for (const f of walk(ROOT)) if (host.claimsFile?.(f)) index.indexFile!(f, fs.readFileSync(f, 'utf8'));
  for (const f of walk(path.join(ROOT, 'src'))) findings.set(f, host.check(fs.readFileSync(f, 'utf8'), catalog, { fileName: f, index }).findings);
});

void describe('TypeScript host: objects built away from the Prisma, Sequelize and TypeORM queries that use them', () => {
  void it('every case line has a real-ORM counterpart, and every counterpart a case line', () => {
    const ids = caseLines().map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length, 'case ids are unique');
    assert.deepEqual([...ids].sort(), [...Object.keys(PRISMA), ...Object.keys(OFFLINE)].sort());
  });

  for (const rel of ['prisma/leads.ts', 'prisma/router.ts', 'sequelize/models.ts', 'sequelize/reports.ts', 'typeorm/handlers.ts', 'typeorm/repositories.ts', 'typeorm/selectors.ts']) {
    void it(`reports exactly the marked findings (ranges) in src/${rel}`, () => {
      const file = path.join(ROOT, 'src', rel);
      const text = fs.readFileSync(file, 'utf8');
      const li = new LineIndex(text);
      const got = (findings.get(file) ?? []).map((f) => {
        const s = li.position(f.start);
        const e = li.position(f.end);
        return `${s.line + 1}:${s.character + 1}-${e.character + 1} ${f.code}`;
      });
      assert.deepEqual(got.sort(), caretExpectations(text).sort());
    });
  }

  void it('a finding made elsewhere points at where the object or the query was built', () => {
    const file = path.join(ROOT, 'src', 'prisma', 'leads.ts');
    const related = (findings.get(file) ?? []).flatMap((f) => f.related ?? []);
    assert.ok(related.some((r) => r.kind === 'file' && r.fileName.endsWith('filters.ts') && r.message === 'built here'), JSON.stringify(related));
    assert.ok(related.some((r) => r.kind === 'file' && r.fileName.endsWith('crud.ts') && r.message === 'run here'), JSON.stringify(related));
  });

  void it('EXPLAIN on PostgreSQL 15 and 18: a finding exactly when the SQL the real ORM sends keeps every leaf', async (t) => {
    const { servers, skipped } = await pgServers();
    if (servers.length === 0) {
      t.skip(`NO POSTGRESQL SERVER AVAILABLE: ${skipped.join('; ')}`);
      return;
    }
    for (const s of skipped) t.diagnostic(`skipped server: ${s}`);
    const mod = await generatePrismaClient(prisma7Schema(fs.readFileSync(path.join(ROOT, 'prisma', 'schema.prisma'), 'utf8')));
    const lines = caseLines();
    const flagged = (c: { file: string; line: number }): boolean => {
      const li = new LineIndex(fs.readFileSync(c.file, 'utf8'));
      return (findings.get(c.file) ?? []).some((f) => li.position(f.start).line === c.line);
    };
    for (const server of servers) {
      const fresh = await freshDatabase(server, 'tsobjects');
      const client = new pg.Client({ connectionString: fresh.url });
      await client.connect();
      const { prisma, take } = await capturingClient(mod, fresh.url);
      const disagreements: string[] = [];
      let scansAll = 0;
      try {
        await client.query(SCHEMA);
        await client.query(SEED);
        await client.query("SET plan_cache_mode = 'force_custom_plan'");
        for (const c of lines) {
          let statements: Statement[];
          if (PRISMA[c.id]) {
            take();
            await (prisma as unknown as { $transaction(f: (tx: PrismaLike) => Promise<unknown>): Promise<unknown> }).$transaction(async (tx) => PRISMA[c.id]!(tx));
            statements = take().filter((s) => /^\s*(SELECT|UPDATE|DELETE|WITH)/i.test(s.sql));
          } else statements = await OFFLINE[c.id]!();
          assert.ok(statements.length > 0, `${c.id}: the ORM sent a statement`);
          const full: string[] = [];
          for (const s of statements) {
            const res = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${s.sql}`, [...s.params]);
            for (const tb of keptAll(res.rows[0]!['QUERY PLAN'])) full.push(`${tb} in: ${s.sql}`);
          }
          if (full.length) scansAll++;
          if (full.length > 0 !== flagged(c)) {
            disagreements.push(`${c.id} (PostgreSQL ${server.major}): planner ${full.length ? 'keeps every leaf' : 'prunes'}, the host ${flagged(c) ? 'reports' : 'is silent'} (${path.relative(ROOT, c.file)}:${c.line + 1})\n  ${full.join('\n  ') || statements.map((s) => s.sql).join('\n  ')}`);
          }
        }
      } finally {
        await prisma.$disconnect();
        await client.end();
        await fresh.drop();
      }
      // Both outcomes are well represented, so agreement is not trivial.
      assert.ok(scansAll >= 15 && lines.length - scansAll >= 10, `${scansAll} of ${lines.length} cases keep every leaf`);
      assert.deepEqual(disagreements, []);
    }
  });
});
