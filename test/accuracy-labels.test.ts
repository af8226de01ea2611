// The labels of the accuracy cases (bench/accuracy/<orm>/<case>/, `expect: scans-all|prunes [id]`)
// are checked against the real planner: for every labelled site, the equivalent query is run or
// built with the REAL ORM, the SQL it sends is EXPLAINed on a throwaway PostgreSQL loaded with
// bench/accuracy/schema.sql, and the label must say `scans-all` exactly when some partitioned
// table in one of the site's statements keeps every leaf partition in the plan (read as scans: an
// UPDATE's result relations, which PostgreSQL before 18 lists even when initial pruning removes
// them from the scan, do not count; test/helpers/plan.ts).
//
// - ActiveRecord, Django and SQLAlchemy run for real against the database (seeded with one row
//   per table, each site in a rolled-back transaction); their harnesses in
//   bench/accuracy/_validate/ record every statement the ORM sends and EXPLAIN it with the same
//   values (one process per ORM and server, so on PostgreSQL 15 and 18 alike).
// - Prisma runs for real too (Prisma 7's Rust-free client, test/helpers/prisma.ts), every call in
//   a rolled-back interactive transaction; its statements are captured and EXPLAINed.
// - knex, Objection, Kysely, Drizzle, Sequelize and TypeORM build their SQL offline (as in
//   test/orm-sql.test.ts); it is EXPLAINed with its parameters under force_custom_plan.
// The equivalents are in bench/accuracy/_validate/. This test does not run the lint:
// bench/app-accuracy.ts measures the lint against these labels.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import { casesOf, ORMS, type Label, type Orm } from '../bench/accuracy/lib';
import { ACTIVERECORD as AR_SEEN, DJANGO as DJ_SEEN, SQLALCHEMY as SA_SEEN } from '../bench/accuracy/_validate/host-equivalents';
import { ACTIVERECORD_FRESH, DJANGO_FRESH, SQLALCHEMY_FRESH } from '../bench/accuracy/_validate/fresh-host-equivalents';
import { PRISMA_FRESH, TS_FRESH } from '../bench/accuracy/_validate/fresh-ts-equivalents';
import { PRISMA as PRISMA_SEEN, T1, TS as TS_SEEN, type PrismaTx, type Statement } from '../bench/accuracy/_validate/ts-equivalents';
import { freshDatabase, pgServers } from './helpers/db';
import { capturingClient, generatePrismaClient, prisma7Schema } from './helpers/prisma';
import { BENCH_PARTITIONED, keptAll } from './helpers/plan';

const ROOT = path.resolve(import.meta.dirname, '..');
const ACC = path.join(ROOT, 'bench', 'accuracy');
const SCHEMA = fs.readFileSync(path.join(ACC, 'schema.sql'), 'utf8');

/** Sites whose eager load sends a second statement: both must have been sent. */
const EAGER = new Set(['ar07e', 'dj13a', 'dj13b', 'sa09a', 'ob04a', 'pr10a', 'pr10b', 'pr10c']);

/** A statement the Ruby/Python harnesses sent and EXPLAINed themselves. */
interface Planned {
  readonly sql: string;
  readonly plan: unknown;
}
/** One row per table, so that eager loads (includes, prefetch) really send their second statement. */
const SEED = `
INSERT INTO users VALUES (7, 'owner@acme.test', '${T1.toISOString()}');
INSERT INTO campaigns (id, user_id, name) OVERRIDING SYSTEM VALUE VALUES (3, 7, 'Spring');
INSERT INTO leads (id, user_id, campaign_id, company, email, status, created_at) OVERRIDING SYSTEM VALUE VALUES (5, 7, 3, 'Acme', 'a@acme.test', 'new', '${T1.toISOString()}');
INSERT INTO agent_outputs (id, lead_id, kind, created_at) OVERRIDING SYSTEM VALUE VALUES (9, 5, 'email', '${T1.toISOString()}');
`;

// ------------------------------------------------------------------------------------------


function harness(cmd: string, args: string[], code: Record<string, string>, env: Record<string, string>): Map<string, { statements: Planned[]; error?: string | null }> {
  const input = Object.entries(code).map(([id, c]) => ({ id, code: c }));
  const r = spawnSync(cmd, args, { input: JSON.stringify(input), encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  const out = JSON.parse(r.stdout) as { id: string; statements: Planned[]; error?: string | null }[];
  return new Map(out.map((o) => [o.id, o]));
}

function available(cmd: string, args: string[]): string | undefined {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) return `${cmd} is not runnable (${r.error.message})`;
  return r.status === 0 ? undefined : r.stderr.trim().split('\n').at(-1);
}

/** `PL_ACC_CASES=regex` checks only the cases whose `<orm>/<case>` matches (e.g. the cases just written). */
const ONLY = process.env.PL_ACC_CASES ? new RegExp(process.env.PL_ACC_CASES) : undefined;
const labels: Label[] = ORMS.flatMap((o) => casesOf(ACC, o))
  .filter((c) => !ONLY || ONLY.test(`${c.orm}/${c.name}`))
  .flatMap((c) => c.labels);
const wanted = new Set(labels.map((l) => l.id));
const keep = <T>(r: Record<string, T>): Record<string, T> => (ONLY ? Object.fromEntries(Object.entries(r).filter(([id]) => wanted.has(id))) : r);
const ACTIVERECORD = keep({ ...AR_SEEN, ...ACTIVERECORD_FRESH });
const DJANGO = keep({ ...DJ_SEEN, ...DJANGO_FRESH });
const SQLALCHEMY = keep({ ...SA_SEEN, ...SQLALCHEMY_FRESH });
const TS = keep({ ...TS_SEEN, ...TS_FRESH });
const PRISMA = keep({ ...PRISMA_SEEN, ...PRISMA_FRESH });
const EQUIVALENTS: Record<Orm, Record<string, unknown>> = {
  activerecord: ACTIVERECORD,
  django: DJANGO,
  sqlalchemy: SQLALCHEMY,
  knex: pick('kx'),
  objection: pick('ob'),
  kysely: pick('ky'),
  drizzle: pick('dz'),
  sequelize: pick('sq'),
  typeorm: pick('to'),
  prisma: PRISMA,
};
function pick(prefix: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(TS).filter(([id]) => id.startsWith(prefix)));
}

class Rollback extends Error {}

/** Runs every Prisma site on a real client (rolled back), returning the statements each sent. */
async function prismaStatements(url: string): Promise<Map<string, Statement[]>> {
  const schema = fs.readFileSync(path.join(ACC, 'prisma/01-client-module/prisma/schema.prisma'), 'utf8');
  const mod = await generatePrismaClient(prisma7Schema(schema));
  const { prisma, take } = await capturingClient(mod, url);
  const out = new Map<string, Statement[]>();
  try {
    for (const [id, run] of Object.entries(PRISMA)) {
      take();
      try {
        await (prisma as unknown as { $transaction(fn: (tx: PrismaTx) => Promise<unknown>): Promise<unknown> }).$transaction(async (tx) => {
          await run(tx);
          throw new Rollback();
        });
      } catch (e) {
        if (!(e instanceof Rollback)) throw e;
      }
      out.set(id, take());
    }
  } finally {
    await prisma.$disconnect();
  }
  return out;
}

void test('every labelled site has exactly one equivalent query, and every equivalent a label', () => {
  const ids = labels.map((l) => l.id);
  assert.equal(new Set(ids).size, ids.length, `label ids are unique: ${ids.filter((x, i) => ids.indexOf(x) !== i).join(', ')}`);
  for (const orm of ORMS) {
    const mine = labels.filter((l) => l.orm === orm).map((l) => l.id).sort();
    assert.deepEqual(mine, Object.keys(EQUIVALENTS[orm]).sort(), `${orm}: labels and equivalents differ`);
  }
  // Both outcomes are well represented, so the bench measures precision and recall.
  if (!ONLY) assert.ok(labels.filter((l) => l.expect === 'scans-all').length >= 100 && labels.filter((l) => l.expect === 'prunes').length >= 100);
});

void test('the planner agrees with every label (real ORMs, EXPLAIN on PostgreSQL)', async (t) => {
  const { servers, skipped } = await pgServers();
  if (servers.length === 0) {
    t.skip(`NO POSTGRESQL SERVER AVAILABLE: ${skipped.join('; ')}`);
    return;
  }
  for (const s of skipped) t.diagnostic(`skipped server: ${s}`);
  // Statements built offline once; they are the same for every server.
  const built = new Map<string, Statement[]>();
  for (const [id, b] of Object.entries(TS)) {
    const r = await b();
    built.set(id, Array.isArray(r) ? r : [r]);
  }
  const byId = new Map(labels.map((l) => [l.id, l]));
  /** Disagreements of one site's statements with its label (none when they agree). */
  const judge = (id: string, statements: readonly { sql: string; plan: unknown }[]): string[] => {
    const label = byId.get(id);
    assert.ok(label, id);
    const onPartitioned = statements.filter((s) => Object.keys(BENCH_PARTITIONED).some((tb) => new RegExp(`\\b${tb}\\b`).test(s.sql)));
    if (onPartitioned.length === 0) return [`${id}: no statement on a partitioned table was sent (${statements.map((s) => s.sql).join(' | ') || 'none'})`];
    if (EAGER.has(id) && onPartitioned.length < 2) return [`${id}: the eager load's second statement was not sent (${onPartitioned.map((s) => s.sql).join(' | ')})`];
    const full = onPartitioned.flatMap((s) => keptAll(s.plan).map((tb) => `${tb} in: ${s.sql}`));
    const truth = full.length > 0 ? 'scans-all' : 'prunes';
    if (truth === label.expect) return [];
    return [`${id} (${path.relative(ROOT, label.file)}:${label.line}) labelled ${label.expect}, planner: ${truth}\n    ${full.join('\n    ') || onPartitioned.map((s) => s.sql).join('\n    ')}`];
  };
  for (const server of servers) {
    const fresh = await freshDatabase(server, 'acclabels');
    const client = new pg.Client({ connectionString: fresh.url });
    await client.connect();
    try {
      await client.query(SCHEMA);
      await client.query(SEED);
      await client.query("SET plan_cache_mode = 'force_custom_plan'");
      const explain = async (statements: readonly Statement[]): Promise<{ sql: string; plan: unknown }[]> => {
        const planned: { sql: string; plan: unknown }[] = [];
        for (const s of statements) {
          if (!/^\s*(SELECT|UPDATE|DELETE|WITH)/i.test(s.sql)) continue;
          const res = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${s.sql}`, [...(s.params ?? [])]);
          planned.push({ sql: s.sql, plan: res.rows[0]!['QUERY PLAN'] });
        }
        return planned;
      };
      await t.test(`PostgreSQL ${server.major}: knex, Objection, Kysely, Drizzle, Sequelize, TypeORM (offline SQL)`, async () => {
        const disagreements: string[] = [];
        for (const [id, statements] of built) {
          const planned = await explain(statements).catch((e: unknown) => {
            throw new Error(`${id}: EXPLAIN failed (${String(e)}): ${statements.map((s) => s.sql).join(' | ')}`);
          });
          disagreements.push(...judge(id, planned));
        }
        assert.deepEqual(disagreements, []);
      });
      if (Object.keys(PRISMA).length > 0)
        await t.test(`PostgreSQL ${server.major}: Prisma 7 run for real`, async () => {
        const disagreements: string[] = [];
        for (const [id, statements] of await prismaStatements(fresh.url)) disagreements.push(...judge(id, await explain(statements)));
        assert.deepEqual(disagreements, []);
      });
      // The Ruby/Python ORMs run for real on every server (one process each per server), so a label is
      // checked against each PostgreSQL version the product supports.
      const harnessRuns: [Orm, string | undefined, () => Map<string, { statements: Planned[]; error?: string | null }>][] = [
        [
          'activerecord',
          available('ruby', ['-e', 'require "active_record"; require "pg"']),
          () =>
            harness('ruby', [path.join(ACC, '_validate/run_activerecord.rb')], ACTIVERECORD, {
              DATABASE_URL: fresh.url,
              PL_MODELS: JSON.stringify(['application_record', 'user', 'campaign', 'lead', 'agent_output'].map((m) => path.join(ACC, 'activerecord/01-service-returns-relation/app/models', `${m}.rb`))),
            }),
        ],
        [
          'django',
          available('/usr/bin/python3', ['-c', 'import django, psycopg2']),
          () => harness('/usr/bin/python3', [path.join(ACC, '_validate/run_django.py')], DJANGO, { DATABASE_URL: fresh.url, PL_APP_DIR: path.join(ACC, 'django/01-service-functions') }),
        ],
        [
          'sqlalchemy',
          available('/usr/bin/python3', ['-c', 'import sqlalchemy, psycopg2']),
          () => harness('/usr/bin/python3', [path.join(ACC, '_validate/run_sqlalchemy.py')], SQLALCHEMY, { DATABASE_URL: fresh.url, PL_APP_DIR: path.join(ACC, 'sqlalchemy/01-repository-class') }),
        ],
      ];
      for (const [orm, missing, run] of harnessRuns) {
        if (Object.keys(EQUIVALENTS[orm]).length === 0) continue;
        await t.test(`PostgreSQL ${server.major}: ${orm} run for real`, (st) => {
          if (missing) {
            st.skip(`REAL ${orm.toUpperCase()} NOT AVAILABLE (${missing}): install it with test/setup-tools.sh`);
            return;
          }
          const disagreements: string[] = [];
          for (const [id, r] of run()) {
            if (r.error) disagreements.push(`${id}: the ORM failed: ${r.error}`);
            disagreements.push(...judge(id, r.statements));
          }
          assert.deepEqual(disagreements, []);
        });
      }
    } finally {
      await client.end();
      await fresh.drop();
    }
  }
});
