// The pruning audit on PostgreSQL 15 and 18 with pg_stat_statements preloaded: a real ORM
// (knex) and hand-written SQL run statements of known truth, then the audit must list exactly
// those that scan every partition, map them to source (comments and workspace SQL), never reset
// the statistics, and answer within its lock timeout while another session holds a lock.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import knexFactory from 'knex';
import pg from 'pg';
import { auditStatements, repairTypedLiterals } from '../server/src/db/audit';
import { sourceFromComments } from '../server/src/db/audit-source';
import { matchWorkspace } from '../server/src/cli/audit';
import { loadCatalog } from '../server/src/db/introspect';
import { eachServerDb } from './helpers/db';

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'dist', 'partition-lens.js');

const SCHEMA = `
CREATE TABLE leads (id bigint, company text, status text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE leads_2026_10 PARTITION OF leads FOR VALUES FROM ('2026-10-01') TO ('2026-11-01');
CREATE TABLE leads_2026_11 PARTITION OF leads FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');
CREATE TABLE leads_2026_12 PARTITION OF leads FOR VALUES FROM ('2026-12-01') TO ('2027-01-01');
CREATE TABLE leads_default PARTITION OF leads DEFAULT;
CREATE TABLE campaigns (id bigint, user_id bigint NOT NULL, name text) PARTITION BY HASH (user_id);
CREATE TABLE campaigns_0 PARTITION OF campaigns FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE campaigns_1 PARTITION OF campaigns FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE campaigns_2 PARTITION OF campaigns FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE campaigns_3 PARTITION OF campaigns FOR VALUES WITH (MODULUS 4, REMAINDER 3);
INSERT INTO leads SELECT g, (ARRAY['Acme','Globex','Initech'])[1 + g % 3], 'new', '2026-10-01'::timestamptz + (g % 90) * interval '1 day' FROM generate_series(1, 3000) g;
INSERT INTO campaigns SELECT g, g % 50, 'c' || g FROM generate_series(1, 500) g;
ANALYZE leads; ANALYZE campaigns;
`;

test('query-log and sqlcommenter comments give the source', () => {
  assert.deepEqual(sourceFromComments("SELECT 1 /*application:Shop,controller:leads,action:index,line:/app/controllers/leads_controller.rb:12:in `index'*/"), {
    kind: 'query-log', file: '/app/controllers/leads_controller.rb', line: 12, application: 'Shop', controller: 'leads', action: 'index',
  });
  assert.deepEqual(sourceFromComments("/*action='list',controller='campaigns',route='%2Fcampaigns%2F',file='crm%2Fviews.py%3A40'*/ SELECT 1"), {
    kind: 'sqlcommenter', file: 'crm/views.py', line: 40, controller: 'campaigns', action: 'list', route: '/campaigns/',
  });
  assert.equal(sourceFromComments('SELECT 1 /* just a note */'), undefined);
  assert.equal(repairTypedLiterals("SELECT 1 WHERE t > now() - interval $1 AND d = date $2"), 'SELECT 1 WHERE t > now() - $1::interval AND d = $2::date');
});

test('the audit lists exactly the statements that scan every partition', async (t) => {
  await eachServerDb(t, 'audit', async (db, server, url) => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const knex = knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
    try {
      await admin.query(SCHEMA);
      // Without the extension in this database the audit says how to enable it.
      const missing = await auditStatements(db);
      assert.equal(missing.available, false);
      assert.match(missing.unavailableReason ?? '', /shared_preload_libraries = 'pg_stat_statements'/);
      await admin.query('CREATE EXTENSION pg_stat_statements');

      const since = new Date('2026-12-01T00:00:00Z');
      for (let i = 0; i < 3; i++) {
        // Scan every partition: no key, a range on a HASH key, a key hidden in a function.
        await knex('leads').where({ company: 'Acme' }).limit(5);
        await knex('campaigns').where('user_id', '>', 3);
        await knex('leads').whereRaw("date_trunc('day', created_at) = ?", [since]);
        await admin.query("SELECT count(*) FROM leads WHERE status = 'won' /*application:Shop,controller:leads,action:won,line:/app/controllers/leads_controller.rb:7:in `won'*/");
        // Prune: key ranges and equality, also through parameters and now().
        await knex('leads').where('created_at', '>=', since).andWhere({ company: 'Acme' });
        await knex('campaigns').where({ user_id: 7 });
        await admin.query("SELECT count(*) FROM leads WHERE created_at >= now() - interval '3 days'");
        await admin.query("SELECT * FROM leads WHERE created_at BETWEEN '2026-11-02' AND '2026-11-05'");
      }
      const before = await admin.query<{ calls: string }>(`SELECT sum(calls)::text AS calls FROM pg_stat_statements WHERE query LIKE 'select * from "leads" where "company"%'`);
      const report = await auditStatements(db);
      assert.equal(report.available, true);
      const found = report.unpruned.map((e) => e.query.replace(/\s+/g, ' ').toLowerCase()).sort();
      assert.equal(found.length, 4, `unpruned on PostgreSQL ${server.major}:\n${found.join('\n')}`);
      assert.ok(found.some((q) => q.includes('from "leads" where "company" = $1')));
      assert.ok(found.some((q) => q.includes('from "campaigns" where "user_id" > $1')));
      assert.ok(found.some((q) => q.includes("date_trunc(")), found.join("\n"));
      assert.ok(found.some((q) => q.includes("status = $1")));
      const won = report.unpruned.find((e) => e.query.includes('status'))!;
      assert.equal(won.source?.file, '/app/controllers/leads_controller.rb');
      assert.equal(won.source?.line, 7);
      assert.equal(won.calls, 3);
      assert.deepEqual(won.tables.map((x) => [x.table, x.leavesScanned, x.leavesTotal]), [['public.leads', 4, 4]]);
      const hash = report.unpruned.find((e) => e.query.includes('user_id'))!;
      assert.equal(hash.method, 'custom+generic');
      assert.deepEqual(hash.tables.map((x) => x.leavesTotal), [4]);
      // The audit never resets the statistics.
      const after = await admin.query<{ calls: string }>(`SELECT sum(calls)::text AS calls FROM pg_stat_statements WHERE query LIKE 'select * from "leads" where "company"%'`);
      assert.equal(after.rows[0]!.calls, before.rows[0]!.calls);

      // The workspace's SQL with the same shape (constants ignored) is found.
      const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-audit-ws-'));
      try {
        fs.writeFileSync(path.join(ws, 'queries.sql'), "-- leads\nSELECT 1;\n\nSELECT * FROM leads\nWHERE company = 'Globex' LIMIT 10;\n");
        // ORM code: the SQL the static analysis synthesizes for it has the statement's shape.
        fs.mkdirSync(path.join(ws, 'src'));
        fs.writeFileSync(path.join(ws, 'src', 'db.ts'), "import knex from 'knex';\nexport const db = knex({ client: 'pg' });\n");
        fs.writeFileSync(
          path.join(ws, 'src', 'leads.ts'),
          "import { db } from './db';\n\nexport async function acme() {\n  return db('leads').where({ company: 'Acme' }).limit(5);\n}\n",
        );
        const live = (await loadCatalog(db)).tables;
        const matches = await matchWorkspace(report.unpruned, ws, live);
        const acme = report.unpruned.find((e) => e.query.includes('"company"'))!;
        assert.deepEqual(matches[acme.queryid]?.map((m) => [path.basename(m.file), m.line]), [['queries.sql', 4], ['leads.ts', 4]]);

        // The CLI: exit 1 with findings, JSON output, and --min-calls filters.
        const run = (args: string[]) => spawnSync(process.execPath, [cli, 'audit', '--database-url', url, ...args], { encoding: 'utf8' });
        const json = run(['--format', 'json', '--workspace', ws]);
        assert.equal(json.status, 1, json.stderr);
        const parsed = JSON.parse(json.stdout) as { version: number; unpruned: unknown[]; matches: Record<string, unknown[]> };
        assert.equal(parsed.version, 1);
        assert.equal(parsed.unpruned.length, 4);
        assert.equal(Object.keys(parsed.matches).length, 1);
        assert.equal(Object.values(parsed.matches)[0]!.length, 2);
        // SARIF: one result per statement; workspace matches (absolute paths) as file URIs, the source named
        // by a query comment relative to %SRCROOT%.
        const sarif = run(['--format', 'sarif', '--workspace', ws]);
        assert.equal(sarif.status, 1, sarif.stderr);
        const log = JSON.parse(sarif.stdout) as {
          version: string;
          runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[];
        };
        assert.equal(log.version, '2.1.0');
        assert.equal(log.runs[0]!.results.length, 4);
        const artifacts = log.runs[0]!.results.flatMap((r) => r.locations.map((l) => l.physicalLocation.artifactLocation));
        assert.deepEqual(
          artifacts.map((a) => [path.basename(a.uri), a.uri.startsWith('file:///'), a.uriBaseId ?? null]).sort(),
          [
            ['leads.ts', true, null],
            ['leads_controller.rb', false, '%SRCROOT%'],
            ['queries.sql', true, null],
          ],
        );
        const none = run(['--min-calls', '1000']);
        assert.equal(none.status, 0, none.stderr);
        assert.match(none.stdout, /0 scan every partition/);
        const bad = run(['--format', 'xml']);
        assert.equal(bad.status, 2);
      } finally {
        fs.rmSync(ws, { recursive: true, force: true });
      }

      // Another session's ACCESS EXCLUSIVE lock: the audit answers within its lock timeout.
      const locker = new pg.Client({ connectionString: url });
      await locker.connect();
      try {
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE leads IN ACCESS EXCLUSIVE MODE');
        const t0 = Date.now();
        const blocked = await auditStatements(db, { lockTimeoutMs: 500 });
        assert.ok(Date.now() - t0 < 20000, `took ${Date.now() - t0} ms`);
        assert.ok(blocked.notPlanned.some((n) => /lock timeout/i.test(n.error)), JSON.stringify(blocked.notPlanned));
      } finally {
        await locker.query('ROLLBACK').catch(() => undefined);
        await locker.end();
      }
    } finally {
      await knex.destroy();
      await admin.end();
    }
  });
});
