// Repositories and services reached through constructors (TypeORM, Sequelize, Prisma), against the
// real ORMs and the real planner: for every `// case:<id>` line of test/fixtures/ts-injected, the
// same query is run by the real ORM (Prisma 7 for real on a throwaway server; Sequelize and TypeORM
// offline, recording the SQL they generate), EXPLAINed on PostgreSQL 15 and 18, and the TypeScript
// host must report that line exactly when some partitioned table keeps every leaf partition.
// Caret lines give the exact ranges of the findings; lines without one stay silent.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import pg from 'pg';
import 'reflect-metadata';
import { DataTypes, literal, Model, Op, Sequelize } from 'sequelize';
import { DataSource, EntitySchema, MoreThanOrEqual } from 'typeorm';
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

const ROOT = path.join(import.meta.dirname, 'fixtures', 'ts-injected');
const SHARED = path.join(import.meta.dirname, 'fixtures', 'ts-objects');
const SCHEMA = fs.readFileSync(path.join(SHARED, 'db', 'structure.sql'), 'utf8');
const PRISMA_SCHEMA = path.join(SHARED, 'prisma', 'schema.prisma');
const from = new Date('2026-03-05T00:00:00Z');

interface Statement {
  readonly sql: string;
  readonly params: readonly unknown[];
}

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
  { sequelize, tableName: 'leads', modelName: 'Lead', underscored: true, updatedAt: false },
);
class SOutput extends Model {}
SOutput.init(
  { id: { type: DataTypes.BIGINT, primaryKey: true }, leadId: { type: DataTypes.BIGINT, field: 'lead_id' }, kind: DataTypes.TEXT, createdAt: { type: DataTypes.DATE, field: 'created_at' } },
  { sequelize, tableName: 'agent_outputs', modelName: 'AgentOutput', updatedAt: false },
);
SLead.hasMany(SOutput, { foreignKey: 'leadId', as: 'outputs' });
type Instance = Model & Record<string, (o?: unknown) => Promise<unknown>>;
const loaded = (values: Record<string, unknown>): Instance => SLead.build(values, { isNewRecord: false, raw: true }) as unknown as Instance;
const sq = async (run: () => Promise<unknown>): Promise<Statement[]> => {
  captured.length = 0;
  try {
    await run();
  } catch {
    // Processing the empty fake result may fail; the SQL is already recorded.
  }
  return captured.filter((c) => /^\s*(SELECT|UPDATE|DELETE)/i.test(c.sql));
};

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
const typeorm = new DataSource({ type: 'postgres', entities: [TLead, TOutput] });
let typeormReady: Promise<void> | undefined;
const tq = async (q: (ds: DataSource) => { getQueryAndParameters(): [string, unknown[]] }): Promise<Statement[]> => {
  typeormReady ??= (typeorm as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  await typeormReady;
  const [sql, params] = q(typeorm).getQueryAndParameters();
  return [{ sql, params }];
};
// `repo.find(options)` / `repo.count(options)` are a query builder with `setFindOptions(options)`.
const found = (entity: string, options: Record<string, unknown>) => tq((ds) => ds.getRepository(entity).createQueryBuilder(entity).setFindOptions(options));

type Delegate = Record<string, (args?: unknown) => Promise<unknown>>;
const d = (p: PrismaLike, m: string): Delegate => p[m] as Delegate;
const PRISMA: Record<string, (p: PrismaLike) => Promise<unknown>> = {
  'pi-injected-repo': (p) => d(p, 'lead').findMany!({ where: { userId: 7n }, take: 50 }),
  'pi-injected-repo-key': (p) => d(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: from } }, take: 50 }),
  'pi-injected-count': (p) => d(p, 'lead').count!({ where: { status: 'new' } }),
  // `findFirst({ where: await leadWhereInput({ leadId, userId }) })`: the branch without `campaignId`.
  'pi-await-helper': (p) => d(p, 'lead').findFirst!({ where: { id: 5n, userId: 7n } }),
  'pi-select-const': (p) => d(p, 'lead').findFirst!({ where: { email: 'a@acme.test' }, select: { id: true, company: true, status: true } }),
  // `interval` is required and never falsy: the spread is always there.
  'pi-required-union': (p) => d(p, 'lead').count!({ where: { userId: 7n, createdAt: { gte: from } } }),
  'pi-optional-union': (p) => d(p, 'lead').count!({ where: { userId: 7n } }),
  'pi-imported-const': (p) => d(p, 'lead').findMany!({ where: { AND: [{ userId: 7n, createdAt: { gte: from } }, { outputs: { none: { kind: 'error' } } }] } }),
  'pi-imported-const-key': (p) => d(p, 'lead').findMany!({ where: { AND: [{ userId: 7n, createdAt: { gte: from } }] } }),
  // `where: termFilters` when `query` is given (the other path has no filter at all).
  'pi-choice-where': (p) => d(p, 'lead').findMany!({ where: { company: { contains: 'acme' } }, take: 10 }),
  'pi-choice-where-key': (p) => d(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: from }, company: { contains: 'acme' } } }),
};
// Clients made by `$extends`, with the same hooks as src/prisma/extended-client.ts, run outside a transaction.
type Hook = (o: { args: { where?: Record<string, unknown> }; query: (a: unknown) => Promise<unknown> }) => Promise<unknown>;
const ext = (p: PrismaLike, query: Record<string, Record<string, Hook>>): PrismaLike => (p as unknown as { $extends(e: unknown): PrismaLike }).$extends({ query });
const soft = (p: PrismaLike): PrismaLike =>
  ext(p, {
    lead: {
      async findMany({ args, query }) {
        args.where = { ...args.where, status: { not: 'deleted' } };
        return query(args);
      },
    },
  });
const traced = (p: PrismaLike): PrismaLike => ext(p, { $allModels: { $allOperations: async ({ args, query }) => query(args) } });
const recent = (p: PrismaLike): PrismaLike =>
  ext(p, {
    lead: {
      async findMany({ args, query }) {
        args.where = { ...args.where, createdAt: { gte: from } };
        return query(args);
      },
    },
  });
const windowed = (p: PrismaLike): PrismaLike => ext(p, { agentOutput: { findMany: async ({ args, query }) => query({ ...args, where: { ...args.where, createdAt: { gte: from } } }) } });
const EXTENDED: Record<string, (p: PrismaLike) => Promise<unknown>> = {
  'pi-ext-added-filter': (p) => d(soft(p), 'lead').findMany!({ where: { userId: 7n }, orderBy: { id: 'desc' } }),
  'pi-ext-added-filter-key': (p) => d(soft(p), 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: from } } }),
  'pi-ext-other-model': (p) => d(soft(p), 'agentOutput').findMany!({ where: { leadId: 5n } }),
  'pi-ext-pass-through': (p) => d(traced(p), 'lead').count!({ where: { status: 'new' } }),
  'pi-ext-adds-key': (p) => d(recent(p), 'lead').findMany!({ where: { userId: 7n } }),
  'pi-ext-rewrites': (p) => d(windowed(p), 'agentOutput').findMany!({ where: { leadId: 5n } }),
  'pi-ext-first': (p) => d(ext(p, { lead: { findFirst: async ({ args, query }) => query(args) } }), 'lead').findFirst!({ where: { userId: 7n } }),
};
const OFFLINE: Record<string, () => Promise<Statement[]>> = {
  'to-base-super': () => found('Lead', { where: { company: 'Acme' }, skip: 0, take: 20 }),
  'to-base-super-key': () => found('Lead', { where: { createdAt: MoreThanOrEqual(from) }, skip: 0, take: 20 }),
  'to-base-super-count': () => found('Lead', { where: { status: 'new' } }),
  'to-injected-base': () => found('AgentOutput', { where: { leadId: '5' }, skip: 0, take: 20 }),
  'to-injected-base-key': () => found('AgentOutput', { where: { leadId: '5', createdAt: MoreThanOrEqual(from) }, skip: 0, take: 20 }),
  'sq-injected-store': () => sq(() => SLead.findAll({ where: { status: 'new' }, limit: 20 })),
  'sq-injected-store-key': () => sq(() => SLead.findAll({ where: { createdAt: { [Op.gte]: from } }, limit: 20 })),
  'sq-injected-pk': () => sq(() => SLead.findByPk(5)),
  'sq-injected-loaded': () => sq(() => loaded({ id: 5, status: 'new' }).update!({ status: 'seen' })),
  'sq-alias-getter': () => sq(() => loaded({ id: 5 }).getOutputs!({ order: [['createdAt', 'DESC']] })),
  'sq-alias-getter-key': () => sq(() => loaded({ id: 5 }).getOutputs!({ where: { createdAt: { [Op.gte]: from } } })),
  'sq-cast-getter': () => sq(() => loaded({ id: 5 }).getOutputs!({ where: { kind: 'email' } })),
  'sq-literal-subquery': () =>
    sq(() => SLead.findAll({ attributes: { include: [[literal('(SELECT count(*) FROM agent_outputs o WHERE o.lead_id = "Lead"."id")'), 'outputCount']] }, where: { userId: 7, createdAt: { [Op.gte]: from } } })),
  'sq-literal-subquery-key': () =>
    sq(() =>
      SLead.findAll({
        attributes: { include: [[literal(`(SELECT count(*) FROM agent_outputs o WHERE o.lead_id = "Lead"."id" AND o.created_at >= '2026-03-01')`), 'outputCount']] },
        where: { userId: 7, createdAt: { [Op.gte]: from } },
      }),
    ),
  'sq-cli-define': () => sq(() => SOutput.update({ kind: 'x' }, { where: { leadId: [5, 6] } })),
  'sq-cli-define-key': () => sq(() => SOutput.destroy({ where: { createdAt: { [Op.lt]: from } } })),
  'sq-include-name': () => sq(() => SLead.findAll({ where: { userId: 7, createdAt: { [Op.gte]: from } }, include: ['outputs'] })),
  'sq-include-assoc-key': () => sq(() => SLead.findAll({ where: { userId: 7, createdAt: { [Op.gte]: from } }, include: [{ association: 'outputs', where: { createdAt: { [Op.gte]: from } } }] })),
  // sequelize-typescript models send the same SQL as `init` models with the decorators' options.
  'st-static-options': () => sq(() => SLead.findAll({ limit: 25, order: [['createdAt', 'DESC']], where: { userId: 7 } })),
  'st-static-options-key': () => sq(() => SLead.findAll({ where: { createdAt: { [Op.gte]: from }, userId: 7 } })),
  'st-decorated-model': () => sq(() => SOutput.findAll({ where: { leadId: 5 }, order: [['createdAt', 'DESC']], limit: 25 })),
  'st-decided-if': () => sq(() => SLead.findAndCountAll({ where: { userId: 7, status: 'new' }, limit: 50 })),
  'st-decided-if-key': () => sq(() => SLead.findAndCountAll({ where: { userId: 7, createdAt: { [Op.between]: [from, new Date('2026-04-01T00:00:00Z')] } }, limit: 50 })),
  'to-extend-this': () => found('Lead', { where: { company: 'Acme' } }),
  'to-extend-this-key': () => found('Lead', { where: { company: 'Acme', createdAt: MoreThanOrEqual(from) } }),
  'to-ds-qb': () => tq((ds) => ds.createQueryBuilder('Lead', 'l').where('l.userId = :userId', { userId: '7' })),
  'to-ds-qb-key': () => tq((ds) => ds.createQueryBuilder('Lead', 'l').where('l.userId = :userId', { userId: '7' }).andWhere('l.createdAt >= :from', { from })),
  'to-subquery-callback': () =>
    tq((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder('lead')
        .where('lead.createdAt >= :from', { from })
        .andWhere((qb) => `lead.id IN ${qb.subQuery().select('o.leadId').from('AgentOutput', 'o').where('o.kind = :kind', { kind: 'email' }).getQuery()}`),
    ),
  'to-subquery-callback-key': () =>
    tq((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder('lead')
        .where('lead.createdAt >= :from', { from })
        .andWhere((qb) => 'lead.id IN ' + qb.subQuery().select('o.leadId').from('AgentOutput', 'o').where('o.kind = :kind AND o.createdAt >= :from', { kind: 'email', from }).getQuery()),
    ),
  'to-with-repository': () => found('Lead', { where: { id: '5' } }),
  'to-with-repository-key': () => found('Lead', { where: { userId: '7', createdAt: MoreThanOrEqual(from) } }),
  'to-legacy-repository': () => found('Lead', { where: { userId: '7' } }),
  'to-legacy-manager': () => found('Lead', { where: { userId: '7' } }),
  'to-legacy-qb-key': () => tq((ds) => ds.createQueryBuilder('Lead', 'l').where('l.userId = :userId', { userId: '7' }).andWhere('l.createdAt >= :from', { from })),
  'to-run-in-service': () => found('Lead', { where: { id: '5' } }),
  'sq-run-in-store': () => sq(() => SLead.findAll({ where: { status: 'new' } })),
  // `paginate(qb, page)` runs `qb.skip().take().getManyAndCount()`: the path without `from`.
  'to-local-runner': () => tq((ds) => ds.getRepository('Lead').createQueryBuilder('lead').where('lead.userId = :userId', { userId: '7' }).skip(0).take(20)),
  'to-local-runner-key': () =>
    tq((ds) => ds.getRepository('Lead').createQueryBuilder('lead').where('lead.userId = :userId', { userId: '7' }).andWhere('lead.createdAt >= :from', { from }).skip(0).take(20)),
};

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
  ws.setFile(path.join(SHARED, 'db', 'structure.sql'), SCHEMA, 'sql');
  catalog = ws.snapshot();
  index = host.createIndex!();
  index.indexFile!(PRISMA_SCHEMA, fs.readFileSync(PRISMA_SCHEMA, 'utf8'));
  for (const f of walk(ROOT)) if (host.claimsFile?.(f)) index.indexFile!(f, fs.readFileSync(f, 'utf8'));
  for (const f of walk(path.join(ROOT, 'src'))) findings.set(f, host.check(fs.readFileSync(f, 'utf8'), catalog, { fileName: f, index }).findings);
});

void describe('TypeScript host: repositories and services reached through constructors (TypeORM, Sequelize, Prisma)', () => {
  void it('every case line has a real-ORM counterpart, and every counterpart a case line', () => {
    const ids = caseLines().map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length, 'case ids are unique');
    assert.deepEqual([...ids].sort(), [...Object.keys(PRISMA), ...Object.keys(EXTENDED), ...Object.keys(OFFLINE)].sort());
  });

  for (const f of walk(path.join(ROOT, 'src'))) {
    void it(`reports exactly the marked findings (ranges) in ${path.relative(ROOT, f)}`, () => {
      const text = fs.readFileSync(f, 'utf8');
      const li = new LineIndex(text);
      const got = (findings.get(f) ?? []).map((x) => {
        const s = li.position(x.start);
        const e = li.position(x.end);
        return `${s.line + 1}:${s.character + 1}-${e.character + 1} ${x.code}`;
      });
      assert.deepEqual(got.sort(), caretExpectations(text).sort());
    });
  }

  void it('a finding at the caller points at the query the callee runs, in its file', () => {
    const file = path.join(ROOT, 'src', 'typeorm', 'leads.controller.ts');
    const related = (findings.get(file) ?? []).flatMap((x) => x.related ?? []);
    assert.ok(related.some((r) => r.kind === 'file' && r.fileName.endsWith('base.repository.ts') && r.message === 'run here'), JSON.stringify(related));
  });

  void it('EXPLAIN on PostgreSQL 15 and 18: a finding exactly when the SQL the real ORM sends keeps every leaf', async (t) => {
    const { servers, skipped } = await pgServers();
    if (servers.length === 0) {
      t.skip(`NO POSTGRESQL SERVER AVAILABLE: ${skipped.join('; ')}`);
      return;
    }
    for (const s of skipped) t.diagnostic(`skipped server: ${s}`);
    const mod = await generatePrismaClient(prisma7Schema(fs.readFileSync(PRISMA_SCHEMA, 'utf8')));
    const lines = caseLines();
    const flagged = (c: { file: string; line: number }): boolean => {
      const li = new LineIndex(fs.readFileSync(c.file, 'utf8'));
      return (findings.get(c.file) ?? []).some((x) => li.position(x.start).line === c.line);
    };
    for (const server of servers) {
      const fresh = await freshDatabase(server, 'tsinjected');
      const client = new pg.Client({ connectionString: fresh.url });
      await client.connect();
      const { prisma, take } = await capturingClient(mod, fresh.url);
      const disagreements: string[] = [];
      let scansAll = 0;
      try {
        await client.query(SCHEMA);
        await client.query("SET plan_cache_mode = 'force_custom_plan'");
        for (const c of lines) {
          let statements: Statement[];
          if (PRISMA[c.id]) {
            take();
            await (prisma as unknown as { $transaction(f: (tx: PrismaLike) => Promise<unknown>): Promise<unknown> }).$transaction(async (tx) => PRISMA[c.id]!(tx));
            statements = take().filter((s) => /^\s*(SELECT|UPDATE|DELETE|WITH)/i.test(s.sql));
          } else if (EXTENDED[c.id]) {
            take();
            await EXTENDED[c.id]!(prisma);
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
      // Both outcomes are represented, so agreement is not trivial.
      assert.ok(scansAll >= 14 && lines.length - scansAll >= 9, `${scansAll} of ${lines.length} cases keep every leaf`);
      assert.deepEqual(disagreements, []);
    }
  });
});
