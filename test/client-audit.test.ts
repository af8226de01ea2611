// The pruning audit and pg_partman in the editor, driven through the real command handlers and
// explorer model with a scripted UI port against real PostgreSQL: "Open Pruning Audit" shows the
// unpruned statements, the explorer lists them under their table, and the language server's
// findings with the same SQL shape say "confirmed by the database". On a pg_partman table
// (Debian's postgresql-15-partman) Create Upcoming offers pg_partman's run_maintenance.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import pg from 'pg';
import { ExplorerModel } from '../client/src/explorer/model';
import { describeNode, type ExplorerNode } from '../client/src/explorer/nodes';
import { RuntimeEvidence } from '../server/src/engine/evidence';
import { checkFile, loadEngine } from '../server/src/engine/index';
import { createCatalogIndex } from '../server/src/engine/index';
import { freshDatabase, pgServers } from './helpers/db';
import { harness } from './helpers/command-harness';
import { ENTER } from './helpers/scripted-ui';

const SCHEMA = `
CREATE TABLE leads (id bigint, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE leads_a PARTITION OF leads FOR VALUES FROM ('2026-10-01') TO ('2026-11-01');
CREATE TABLE leads_b PARTITION OF leads FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');
CREATE TABLE leads_c PARTITION OF leads FOR VALUES FROM ('2026-12-01') TO ('2027-01-01');
INSERT INTO leads SELECT g, 'c' || (g % 5), '2026-10-01'::timestamptz + (g % 80) * interval '1 day' FROM generate_series(1, 500) g;
ANALYZE leads;
CREATE EXTENSION pg_stat_statements;
`;

function connectedHarness(url: string) {
  return harness({ settings: { connections: [{ id: 'db', name: 'DB', url }] } });
}

async function exec(url: string, text: string, params: unknown[] = []): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text, params);
  } finally {
    await c.end();
  }
}

test('Open Pruning Audit: report, explorer nodes and runtime evidence for the language server', async (t) => {
  const { servers, skipped } = await pgServers();
  if (!servers.length) return t.skip('NO POSTGRESQL SERVER COULD BE STARTED: ' + skipped.join('; '));
  await loadEngine();
  for (const server of servers) {
    await t.test(`PostgreSQL ${server.major}`, async () => {
      const fdb = await freshDatabase(server, 'caudit');
      try {
        await exec(fdb.url, SCHEMA);
        for (let i = 0; i < 2; i++) {
          await exec(fdb.url, 'SELECT * FROM leads WHERE company = $1', ['c1']);
          await exec(fdb.url, 'SELECT * FROM leads WHERE created_at >= $1 AND company = $2', ['2026-12-02', 'c1']);
        }
        const h = connectedHarness(fdb.url);
        h.connections.reload();
        assert.equal((await h.connections.connect('db')).state, 'connected');
        const n = await h.run('partitionLens.openAuditReport');
        assert.equal(n, 1);
        const doc = h.ui.documents.at(-1)!;
        assert.equal(doc.name, 'pruning-audit.txt');
        assert.match(doc.content, /scans 3 of 3 partitions of public\.leads/);
        assert.match(doc.content, /WHERE company = \$1/);
        assert.doesNotMatch(doc.content, /created_at >= \$1/);
        assert.equal(h.evidence.length, 1);
        assert.equal(h.evidence[0]!.statements.length, 1);

        // The explorer lists the statement under its table.
        const model = new ExplorerModel(h.connections, h.catalog);
        const [conn] = await model.children();
        const [schema] = await model.children(conn);
        const tables = await model.children(schema);
        const leads = tables.find((x) => x.kind === 'table' && x.table.name === 'leads')!;
        const kids = await model.children(leads);
        const audit = kids.find((x): x is Extract<ExplorerNode, { kind: 'audit' }> => x.kind === 'audit')!;
        assert.equal(describeNode(audit).label, 'Queries scanning every partition');
        const entries = await model.children(audit);
        assert.deepEqual(entries.map((e) => e.kind), ['auditEntry']);
        assert.match(describeNode(entries[0] as Exclude<ExplorerNode, { kind: 'connection' }>).description ?? '', /2 calls .* 3 of 3 partitions/);

        // A static finding of the same shape says the database ran it.
        const cat = createCatalogIndex();
        cat.setFile('schema.sql', 'CREATE TABLE leads (id bigint, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);');
        const r = checkFile('q.sql', "SELECT * FROM leads WHERE company = 'Acme';\nSELECT * FROM leads WHERE status = 'x';\n", cat.snapshot());
        assert.equal(r.findings.length, 2);
        const ev = new RuntimeEvidence();
        ev.set('DB', h.evidence[0]!.statements);
        assert.match(ev.message(r.findings[0]!), /Confirmed by the database \(DB\): 2 calls, [\d.]+ ms in total\.$/);
        assert.equal(ev.message(r.findings[1]!), r.findings[1]!.message);
        await h.connections.disconnect('db');
      } finally {
        await fdb.drop();
      }
    });
  }
});

test('Create Upcoming on a pg_partman table offers pg_partman maintenance; Archive keeps its retention', async (t) => {
  const { servers } = await pgServers();
  const withPartman = servers.filter((s) => s.kind === 'system' && fs.existsSync(`/usr/share/postgresql/${s.major}/extension/pg_partman.control`));
  for (const s of servers.filter((x) => !withPartman.includes(x))) {
    await t.test(`PostgreSQL ${s.major} (${s.kind})`, (st) => st.skip(`!!! pg_partman is not installed for this server (Debian's postgresql-${s.major}-partman)`));
  }
  for (const server of withPartman) {
    await t.test(`PostgreSQL ${server.major}`, async () => {
      const fdb = await freshDatabase(server, 'cpartman');
      try {
        await exec(fdb.url, `CREATE SCHEMA partman; CREATE EXTENSION pg_partman SCHEMA partman;
          CREATE TABLE public.events (id bigint, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
          SELECT partman.create_parent('public.events', 'created_at', 'native', 'monthly', p_premake := 2);
          UPDATE partman.part_config SET premake = 6, retention = '3 months' WHERE parent_table = 'public.events';
          INSERT INTO public.events VALUES (1, now());`);
        const h = connectedHarness(fdb.url);
        h.connections.reload();
        assert.equal((await h.connections.connect('db')).state, 'connected');
        // The explorer marks the table and reports the uncovered premake window.
        const cat = await h.catalog.catalog('db');
        assert.ok(cat.partman.get('public.events'));
        assert.ok(cat.health.get('public.events')!.some((i) => i.code === 'partman-premake-not-covered'));
        const before = (await h.catalog.catalog('db')).tables.find((x) => x.name === 'events')!.partitions.length;
        // Enter on the first choice: pg_partman's own maintenance, reviewed, then Run.
        h.ui.script({ pick: (items) => items.find((i) => i.label === 'public.events') }, { pick: ENTER }, { review: 'run' });
        assert.equal(await h.run('partitionLens.createUpcomingPartitions'), true);
        const review = h.ui.prompts.find((p) => p.kind === 'review')!.review!;
        assert.match(review.sql, /SELECT partman\.run_maintenance\(p_parent_table := 'public\.events'\)/);
        h.catalog.invalidate('db');
        const after = await h.catalog.catalog('db');
        assert.ok(after.tables.find((x) => x.name === 'events')!.partitions.length >= before + 4);
        assert.ok(!after.health.get('public.events')!.some((i) => i.code === 'partman-premake-not-covered'));
        // Archive refuses to keep fewer periods than pg_partman's retention.
        h.ui.script({ pick: (items) => items.find((i) => i.label === 'public.events') }, { input: '1' });
        await assert.rejects(Promise.resolve(h.run('partitionLens.archiveOldPartitions')), /retention \(3 months\) keeps 3 periods: keep at least 3/);
        await h.connections.disconnect('db');
      } finally {
        await fdb.drop();
      }
    });
  }
});
