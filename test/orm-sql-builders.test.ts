// Query builders as real applications write them (test/fixtures/ts-builders): knex condition
// objects built over several statements, Objection `skipUndefined()`, Drizzle tables and columns
// interpolated into raw SQL. Every `// case:<id>` query is run with the real ORM offline (the
// statements it would send are recorded), EXPLAINed on PostgreSQL 15 and 18 with the fixture
// schema of ts-app, and the TypeScript module must report a finding on that query exactly when
// the planner keeps every leaf partition. Caret lines give each finding's exact range.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { Model } from 'objection';
import pg from 'pg';
import { freshDatabase, pgServers, type PgServer } from './helpers/db';
import { planRelations } from './helpers/plan';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';
import { leafPartitions, type CatalogSnapshot } from '../server/src/engine/catalog/model';
import { LineIndex, type Finding } from '../server/src/engine/finding';
import { loadEngine } from '../server/src/engine/index';
import { hostFor } from '../server/src/engine/host/index';
import type { HostIndex, HostModule } from '../server/src/engine/host/types';
import { kn, seen } from './fixtures/ts-builders/src/db';
import * as cq from './fixtures/ts-builders/src/callers';
import * as dq from './fixtures/ts-builders/src/drizzle-raw';
import { kleads } from './fixtures/ts-builders/src/guts';
import * as kq from './fixtures/ts-builders/src/knex-queries';
import * as kc from './fixtures/ts-builders/src/kysely-camel';
import * as ke from './fixtures/ts-builders/src/kysely-exists';
import * as ls from './fixtures/ts-builders/src/local-service';
import * as df from './fixtures/ts-builders/src/drizzle-filters';
import * as oq from './fixtures/ts-builders/src/objection-queries';

const APP = path.join(import.meta.dirname, 'fixtures', 'ts-app');
const ROOT = path.join(import.meta.dirname, 'fixtures', 'ts-builders');
const FILES = ['knex-queries.ts', 'objection-queries.ts', 'drizzle-raw.ts', 'callers.ts', 'helpers.ts', 'guts.ts', 'kysely-camel.ts', 'kysely-exists.ts', 'local-service.ts', 'drizzle-filters.ts'].map((f) => path.join(ROOT, 'src', f));

const from = new Date('2024-03-05T00:00:00Z');
const to = new Date('2024-06-20T00:00:00Z');

interface Built {
  readonly sql: string;
  readonly params: readonly unknown[];
}

// Statements are recorded before the missing connection fails: the knex runner (knex,
// Objection), Drizzle's logger (db.ts).
Model.knex(kn);
const runs = async (run: () => PromiseLike<unknown>, rows?: readonly Record<string, unknown>[]): Promise<Built[]> => {
  const client = kn.client as unknown as { runner: (b: { toSQL(): { toNative(): { sql: string; bindings: readonly unknown[] } } }) => unknown };
  const original = client.runner;
  const out: Built[] = [];
  client.runner = (b) => {
    const n = b.toSQL().toNative();
    out.push({ sql: n.sql, params: n.bindings });
    // Given rows, every statement "returns" them (so that Objection sends its eager statements).
    return rows ? { run: () => Promise.resolve(rows.map((r) => ({ ...r }))) } : original.call(client, b);
  };
  seen.length = 0;
  try {
    await run();
  } catch {
    // No connection: the statement was recorded first.
  } finally {
    client.runner = original;
  }
  return [...out, ...seen];
};
/** Case id → the table whose leaves are counted → the statements the ORM sends (each EXPLAINed). */
const CASES: Record<string, { table: string; build: () => Promise<Built[]> }> = {
  // The path that adds no key condition (what the module reports).
  'kb-kx-where-object': { table: 'leads', build: () => runs(() => kq.listByObject({ userId: 5 })) },
  'kb-kx-where-object-key': { table: 'leads', build: () => runs(() => kq.listByObjectKey(5, from)) },
  'kb-kx-where-object-both': { table: 'leads', build: () => runs(() => kq.listByObjectBranches(from, false)) },
  'kb-kx-where-object-maybe': { table: 'agent_outputs', build: () => runs(() => kq.listByObjectMaybe(from, false)) },
  'kb-ob-skip-optional': { table: 'leads', build: () => runs(() => oq.search({ userId: 5 })) },
  'kb-ob-skip-required': { table: 'leads', build: () => runs(() => oq.searchSince({ userId: 5 }, from)) },
  'kb-ob-skip-object': { table: 'agent_outputs', build: () => runs(() => oq.outputsOf({ kind: 'email' })) },
  'kb-ob-skip-object-key': { table: 'agent_outputs', build: () => runs(() => oq.outputsFrom('email', from)) },
  'kb-ob-no-skip': { table: 'leads', build: () => runs(() => oq.untilOptional(to)) },
  'kb-dz-raw-table': { table: 'leads', build: () => runs(() => dq.dailyCounts(5)) },
  'kb-dz-raw-table-key': { table: 'leads', build: () => runs(() => dq.dailyCountsSince(5, from)) },
  'kb-dz-raw-columns-key': { table: 'agent_outputs', build: () => runs(() => dq.outputKinds(from)) },
  'kb-dz-join-subquery': { table: 'agent_outputs', build: () => runs(() => dq.leadsWithOutputCounts(from)) },
  'kb-dz-join-subquery-key': { table: 'agent_outputs', build: () => runs(() => dq.outputsOfRecentLeads(from)) },
  'kb-kx-options-none': { table: 'leads', build: () => runs(() => cq.pageAll(5)) },
  'kb-kx-options-nested': { table: 'leads', build: () => runs(() => cq.pageMonth(5, from)) },
  'kb-kx-returned-first': { table: 'agent_outputs', build: () => runs(() => cq.firstOutputOf(5)) },
  'kb-kx-modify-decided': { table: 'leads', build: () => runs(() => cq.monthLeads(5, from)) },
  'kb-kx-modify-missing': { table: 'leads', build: () => runs(() => cq.allLeads(5)) },
  'kb-kx-subquery-const': { table: 'leads', build: () => runs(() => cq.outputsOfCompany('x', from)) },
  'kb-ky-if-decided': { table: 'leads', build: () => runs(() => cq.lastWeek(5)) },
  'kb-ky-if-missing': { table: 'leads', build: () => runs(() => cq.allOfUser(5)) },
  'kb-ky-param-client': { table: 'leads', build: () => runs(() => cq.leadOnly(5)) },
  'kb-ky-param-client-key': { table: 'leads', build: () => runs(() => cq.leadAt(5, from)) },
  'kb-ky-eb-helper': { table: 'agent_outputs', build: () => runs(() => cq.periodWithOutputs({ from, to })) },
  'kb-ky-eb-helper-key': { table: 'leads', build: () => runs(() => cq.periodLeads({ from, to })) },
  'kb-ky-raw-lhs': { table: 'leads', build: () => runs(() => cq.monthCount(from)) },
  'kb-ob-inherited-static': { table: 'leads', build: () => runs(() => cq.ownedLeads(5)) },
  'kb-ob-inherited-static-key': { table: 'leads', build: () => runs(() => cq.ownedSince(5, from)) },
  // The eager statement runs only once the first one returned a row: it is given one.
  'kb-ob-modify-graph': { table: 'agent_outputs', build: () => runs(() => cq.emailOutputs(from), [{ id: 7 }]) },
  'kb-ob-modify-graph-key': { table: 'agent_outputs', build: () => runs(() => cq.recentOutputs(from), [{ id: 7 }]) },
  'kb-dz-returned-relational': { table: 'leads', build: () => runs(() => cq.dzLeadsWithOutputs(5)) },
  'kb-ob-graph-model-modifier': { table: 'agent_outputs', build: () => runs(() => cq.emailOutputsByModifier(from), [{ id: 7 }]) },
  'kb-ob-graph-model-modifier-key': { table: 'agent_outputs', build: () => runs(() => cq.recentOutputsByModifier(from), [{ id: 7 }]) },
  'kb-kx-factory-find': { table: 'leads', build: () => runs(() => cq.gutsLeadsOfUser(5)) },
  'kb-kx-factory-find-key': { table: 'leads', build: () => runs(() => cq.gutsLeadAt(5, from)) },
  'kb-kx-factory-find-by-id': { table: 'agent_outputs', build: () => runs(() => cq.gutsOutput(5)) },
  'kb-ky-factory-runs-here': { table: 'leads', build: () => runs(() => kleads.byIds([5, 6])) },
  'kb-ky-camel-key': { table: 'leads', build: () => runs(() => kc.camelLeadsSince(5, from)) },
  'kb-ky-camel-table': { table: 'agent_outputs', build: () => runs(() => kc.camelOutputsOfLead(5)) },
  'kb-ky-camel-update-key': { table: 'leads', build: () => runs(() => kc.camelSetStatus(5, from, 'seen')) },
  'kb-ky-camel-between-key': { table: 'leads', build: () => runs(() => kc.camelLeadsBetween(from, to)) },
  'kb-ky-exists-sub': { table: 'agent_outputs', build: () => runs(() => ke.leadsWithEmailOutputs(from)) },
  'kb-ky-exists-sub-key': { table: 'agent_outputs', build: () => runs(() => ke.leadsWithRecentOutputs(from)) },
  'kb-kx-local-service': { table: 'leads', build: () => runs(() => ls.markAllSeen([5, 6])) },
  'kb-kx-local-service-key': { table: 'leads', build: () => runs(() => ls.markRecentSeen([5, 6], from)) },
  'kb-kx-not-exists-callback': { table: 'agent_outputs', build: () => runs(() => ls.untouchedLeads(5, from)) },
  'kb-kx-not-exists-callback-key': { table: 'agent_outputs', build: () => runs(() => ls.untouchedRecentLeads(from)) },
  'kb-dz-pushed-filters': { table: 'leads', build: () => runs(() => df.newLeadsOf('acme')) },
  'kb-dz-pushed-filters-key': { table: 'leads', build: () => runs(() => df.leadsSince(from)) },
};

interface SourceCase {
  readonly id: string;
  readonly file: string;
  /** 0-based lines of the query: from after the previous case (or its function's start) to the marker. */
  readonly first: number;
  readonly line: number;
}

function sourceCases(): SourceCase[] {
  const out: SourceCase[] = [];
  for (const file of FILES) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    let first = 0;
    lines.forEach((l, i) => {
      if (/^export (async )?function /.test(l)) first = i;
      const m = /\/\/ case:([a-z0-9-]+)\s*$/.exec(l);
      if (m) {
        out.push({ id: m[1]!, file, first, line: i });
        first = i + 1;
      }
    });
  }
  return out;
}

/** Caret lines (`//  ^^^ code`) → expected findings on the nearest code line above. */
function carets(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  let target = -1;
  lines.forEach((l, i) => {
    const m = /^(\s*\/\/\s*)(\^+) (\S+)\s*$/.exec(l);
    if (!m) target = i;
    else out.push(`${target}:${m[1]!.length}-${m[1]!.length + m[2]!.length} ${m[3]}`);
  });
  return out.sort();
}

let host: HostModule;
let index: HostIndex;
let catalog: CatalogSnapshot;
const findings = new Map<string, Finding[]>();

before(async () => {
  await loadEngine();
  host = hostFor('typescript')!;
  const ws = new WorkspaceCatalog();
  ws.setFile(path.join(APP, 'db', 'structure.sql'), fs.readFileSync(path.join(APP, 'db', 'structure.sql'), 'utf8'), 'sql');
  catalog = ws.snapshot();
  index = host.createIndex!();
  for (const f of [path.join(APP, 'src', 'db', 'schema.ts'), ...fs.readdirSync(path.join(ROOT, 'src')).map((f) => path.join(ROOT, 'src', f))]) {
    index.indexFile(f, fs.readFileSync(f, 'utf8'));
  }
  for (const f of FILES) findings.set(f, [...host.check(fs.readFileSync(f, 'utf8'), catalog, { fileName: f, index }).findings]);
});

void describe('query builders as applications write them (knex, Objection, Drizzle)', () => {
  void it('every marked query has a real-ORM counterpart, and vice versa', () => {
    assert.deepEqual(sourceCases().map((c) => c.id).sort(), Object.keys(CASES).sort());
  });

  for (const f of FILES) {
    void it(`reports exactly the marked findings in ${path.basename(f)}`, () => {
      const text = fs.readFileSync(f, 'utf8');
      const li = new LineIndex(text);
      const got = findings.get(f)!.map((x) => {
        const s = li.position(x.start);
        const e = li.position(x.end);
        return `${s.line}:${s.character}-${e.line === s.line ? e.character : '…'} ${x.code}`;
      });
      assert.deepEqual(got.sort(), carets(text));
    });
  }

  void it('EXPLAIN on PostgreSQL 15 and 18: a finding exactly when some statement keeps every leaf', async (t) => {
    const { servers, skipped } = await pgServers();
    if (servers.length === 0) {
      t.skip(`NO POSTGRESQL SERVER AVAILABLE: ${skipped.join('; ')}`);
      return;
    }
    const ddl = fs.readFileSync(path.join(APP, 'db', 'structure.sql'), 'utf8');
    for (const server of servers as PgServer[]) {
      const fresh = await freshDatabase(server, 'ormbuilders');
      const client = new pg.Client({ connectionString: fresh.url });
      await client.connect();
      const mismatches: string[] = [];
      let kept = 0;
      try {
        await client.query(ddl);
        await client.query("SET plan_cache_mode = 'force_custom_plan'");
        for (const c of sourceCases()) {
          const spec = CASES[c.id]!;
          // Transaction control (`begin`, `commit`) is sent too: only queries are EXPLAINed.
          const built = (await spec.build()).filter((b) => /^\s*(select|update|delete|with|insert)\b/i.test(b.sql));
          assert.ok(built.length > 0, `${c.id}: the ORM sent a statement`);
          const table = catalog.lookup(undefined, spec.table);
          assert.ok(table, spec.table);
          const leaves = leafPartitions(table.partitions).map((p) => p.name);
          let allKept = false;
          for (const b of built) {
            const res = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${b.sql}`, [...b.params]);
            const rels = planRelations(res.rows[0]!['QUERY PLAN']);
            if (leaves.every((l) => rels.has(l))) allKept = true;
          }
          if (allKept) kept++;
          const li = new LineIndex(fs.readFileSync(c.file, 'utf8'));
          const flagged = findings.get(c.file)!.some((x) => {
            const line = li.position(x.start).line;
            return line >= c.first && line <= c.line;
          });
          if (allKept !== flagged) mismatches.push(`${c.id} (PostgreSQL ${server.major}): planner keeps ${allKept ? 'every' : 'not every'} leaf of ${spec.table}, module ${flagged ? 'reports' : 'does not report'} it\n  ${built.map((b) => b.sql).join('\n  ')}`);
        }
      } finally {
        await client.end();
        await fresh.drop();
      }
      assert.ok(kept >= 4 && sourceCases().length - kept >= 4, `${kept} queries keep every leaf`);
      assert.deepEqual(mismatches, []);
    }
  });
});
