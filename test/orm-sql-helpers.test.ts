// Helpers read where they are defined (test/fixtures/ts-helpers): every `// case:<id>` query there
// is run with the real ORM (knex, Kysely, Drizzle, Objection, offline: the statements they would
// send are recorded), EXPLAINed on PostgreSQL 15 and 18 with the fixture schema of ts-app, and
// the TypeScript module must report a finding on that query exactly when the planner keeps every
// leaf partition. Caret lines give each finding's exact range.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { drizzle } from 'drizzle-orm/node-postgres';
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
import * as schema from './fixtures/ts-app/src/db/schema';
import { kn, seen } from './fixtures/ts-helpers/src/db';
import { purgeOutputs } from './fixtures/ts-helpers/src/helpers';
import { HLead, HOutput } from './fixtures/ts-helpers/src/models';
import * as q from './fixtures/ts-helpers/src/queries';
import * as oq from './fixtures/ts-helpers/src/objection-queries';
import { Leads, leadsRepo } from './fixtures/ts-helpers/src/repo';

const APP = path.join(import.meta.dirname, 'fixtures', 'ts-app');
const ROOT = path.join(import.meta.dirname, 'fixtures', 'ts-helpers');
const FILES = ['queries.ts', 'objection-queries.ts', 'repo.ts'].map((f) => path.join(ROOT, 'src', f));

const from = new Date('2024-03-05T00:00:00Z');
const to = new Date('2024-06-20T00:00:00Z');

interface Built {
  readonly sql: string;
  readonly params: readonly unknown[];
}

// Statements are recorded before the missing connection fails: Kysely's log hook (db.ts), the
// knex runner (knex, Objection), Drizzle's logger.
Model.knex(kn);
const runs = async (run: () => PromiseLike<unknown>): Promise<Built[]> => {
  const client = kn.client as unknown as { runner: (b: { toSQL(): { toNative(): { sql: string; bindings: readonly unknown[] } } }) => unknown };
  const original = client.runner;
  const out: Built[] = [];
  client.runner = (b) => {
    const n = b.toSQL().toNative();
    out.push({ sql: n.sql, params: n.bindings });
    return original.call(client, b);
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
const dzRun = async (run: (d: never) => PromiseLike<unknown>): Promise<Built[]> => {
  const out: Built[] = [];
  const d = drizzle.mock({ schema, logger: { logQuery: (s: string, params: unknown[]) => void out.push({ sql: s, params }) } });
  try {
    await run(d as never);
  } catch {
    // As above.
  }
  return out;
};
const lead = HLead.fromJson({ id: 7 });
const output = HOutput.fromJson({ id: 7, created_at: from });

/** Case id → the table whose leaves are counted → the statements the ORM sends (each EXPLAINed). */
const CASES: Record<string, { table: string; build: () => Promise<Built[]> }> = {
  'h-dz-helper': { table: 'leads', build: () => dzRun((d) => q.dzHelper(d, 'x')) },
  'h-dz-helper-key': { table: 'leads', build: () => dzRun((d) => q.dzHelperKey(d, 'x', from)) },
  'h-dz-nested-helper': { table: 'leads', build: () => dzRun((d) => q.dzNestedHelper(d, 'x', from)) },
  // The path that adds no condition (what the module reports).
  'h-dz-pushed-maybe': { table: 'leads', build: () => dzRun((d) => q.dzPushed(d)) },
  'h-dz-pushed-key': { table: 'leads', build: () => dzRun((d) => q.dzPushedKey(d, from)) },
  'h-dz-subquery': { table: 'leads', build: () => dzRun((d) => q.dzSubquery(d, 'x', from)) },
  'h-dz-cte': { table: 'leads', build: () => dzRun((d) => q.dzCte(d, 'x')) },
  'h-dz-cte-key': { table: 'leads', build: () => dzRun((d) => q.dzCteKey(d, from)) },
  // Drizzle's mock opens no transaction: the helper builds the same statement on the database itself.
  'h-dz-tx': { table: 'agent_outputs', build: () => dzRun((d) => purgeOutputs(d, 5)) },
  'h-ky-helper': { table: 'leads', build: () => runs(() => q.kyHelper('x')) },
  'h-ky-helper-key': { table: 'leads', build: () => runs(() => q.kyHelperKey(from)) },
  'h-ky-call': { table: 'leads', build: () => runs(() => q.kyCall('x')) },
  'h-ky-call-key': { table: 'leads', build: () => runs(() => q.kyCallKey('x', from)) },
  'h-ky-base': { table: 'agent_outputs', build: () => runs(() => q.kyBase(5)) },
  'h-ky-base-key': { table: 'agent_outputs', build: () => runs(() => q.kyBaseKey(from)) },
  'h-ky-tx': { table: 'agent_outputs', build: () => runs(() => q.kyTransaction(5)) },
  'h-ky-pushed-maybe': { table: 'leads', build: () => runs(() => q.kyPushed('x')) },
  'h-kx-modify': { table: 'leads', build: () => runs(() => q.knexModify()) },
  'h-kx-modify-key': { table: 'leads', build: () => runs(() => q.knexModifyKey(from, to)) },
  'h-kx-modify-maybe': { table: 'leads', build: () => runs(() => q.knexModifyMaybe()) },
  'h-kx-modify-inline': { table: 'leads', build: () => runs(() => q.knexModifyInline(from)) },
  'h-kx-decided-key': { table: 'leads', build: () => runs(() => q.knexDecided(from)) },
  'h-kx-decided-missing': { table: 'leads', build: () => runs(() => q.knexDecidedMissing('new')) },
  'h-kx-generic-table': { table: 'agent_outputs', build: () => runs(() => q.knexGenericTable(5)) },
  'h-kx-generic-table-key': { table: 'leads', build: () => runs(() => q.knexGenericTableKey(5, from)) },
  'h-kx-generic-options': { table: 'leads', build: () => runs(() => q.knexGenericOptions('x')) },
  'h-kx-base-repo': { table: 'leads', build: () => runs(() => q.knexBaseRepository(5)) },
  'h-kx-base-repo-key': { table: 'leads', build: () => runs(() => q.knexBaseRepositoryKey(from, to)) },
  'h-ky-spread-maybe': { table: 'leads', build: () => runs(() => q.kySpreadMaybe('x')) },
  'h-ky-json-array': { table: 'agent_outputs', build: () => runs(() => q.kyJsonArray(5, from)) },
  'h-ky-json-array-key': { table: 'agent_outputs', build: () => runs(() => q.kyJsonArrayKey(from)) },
  'h-ky-join-callback': { table: 'agent_outputs', build: () => runs(() => q.kyJoinCallback(from)) },
  'h-ky-join-callback-key': { table: 'agent_outputs', build: () => runs(() => q.kyJoinCallbackKey(from)) },
  'h-kx-join-callback': { table: 'agent_outputs', build: () => runs(() => q.knexJoinCallback(from)) },
  'h-kx-join-callback-key': { table: 'agent_outputs', build: () => runs(() => q.knexJoinCallbackKey(from)) },
  'h-dz-count': { table: 'leads', build: () => dzRun((d) => q.dzCount(d, 'x')) },
  'h-dz-count-key': { table: 'leads', build: () => dzRun((d) => q.dzCountKey(d, from)) },
  'h-kx-insert': { table: 'leads', build: () => runs(() => q.knexInsert('x', from)) },
  'h-ob-insert': { table: 'leads', build: () => runs(() => oq.insertLead('x', from)) },
  'h-ky-raw-typed': { table: 'leads', build: () => runs(() => q.kyRawTyped(42)) },
  'h-ob-exists': { table: 'agent_outputs', build: () => runs(() => oq.withSummaries(from)) },
  'h-ob-base-modifier': { table: 'leads', build: () => runs(() => oq.activeLeads()) },
  'h-ob-base-modifier-key': { table: 'leads', build: () => runs(() => oq.recentLeads()) },
  'h-ob-custom-builder': { table: 'leads', build: () => runs(() => oq.companyLeads('x')) },
  'h-ob-custom-builder-key': { table: 'leads', build: () => runs(() => oq.companySince('x', from)) },
  'h-ob-modify-fn': { table: 'leads', build: () => runs(() => oq.newLeads()) },
  'h-ob-join-related': { table: 'agent_outputs', build: () => runs(() => oq.emailLeads(from)) },
  'h-ob-join-related-key': { table: 'agent_outputs', build: () => runs(() => oq.emailLeadsKey(from)) },
  'h-ob-instance': { table: 'leads', build: () => runs(() => oq.markWon(lead)) },
  'h-dz-where-truthy-param': { table: 'leads', build: () => dzRun((d) => q.dzWhereSince(d, 'x', from)) },
  // The path without `since` (what the module reports).
  'h-dz-where-optional-param': { table: 'leads', build: () => dzRun((d) => q.dzWhereMaybe(d, 'x', undefined)) },
  'h-kx-if-truthy-param': { table: 'leads', build: () => runs(() => q.knexOfCompanySince('x', from)) },
  'h-kx-if-number-param': { table: 'leads', build: () => runs(() => q.knexOfCompanyCount('x', 0)) },
  'h-dz-object-method': { table: 'leads', build: () => runs(() => q.dzObjectMethod(5)) },
  'h-dz-object-method-no-caller': { table: 'leads', build: () => runs(() => leadsRepo.archiveLead(5)) },
  'h-kx-this-object-method': { table: 'leads', build: () => runs(() => Leads.setStatus(5, 'won')) },
  'h-kx-this-object-method-key': { table: 'leads', build: () => runs(() => Leads.setStatusDated(5, from, 'won')) },
  'h-ob-instance-key': { table: 'agent_outputs', build: () => runs(() => oq.removeOutput(output)) },
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

void describe('helpers read where they are defined (TypeScript ORMs)', () => {
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
      const fresh = await freshDatabase(server, 'ormhelpers');
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
      assert.ok(kept >= 10 && sourceCases().length - kept >= 10, `${kept} queries keep every leaf`);
      assert.deepEqual(mismatches, []);
    }
  });
});
