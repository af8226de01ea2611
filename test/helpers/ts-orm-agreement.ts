// The harness of the TypeScript "queries as applications write them" suites: every
// `// case:<id>` query of a fixture folder is run with the real ORM offline (the statements it
// would send are recorded), EXPLAINed on PostgreSQL 15 and 18 with ts-app's schema, and the
// TypeScript module must report a finding on that query exactly when the planner keeps every leaf
// partition. Caret lines (`//  ^^^ code`) give each finding's exact range.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { Knex } from 'knex';
import pg from 'pg';
import { freshDatabase, pgServers, type PgServer } from './db';
import { planRelations } from './plan';
import { WorkspaceCatalog } from '../../server/src/engine/catalog/workspace';
import { leafPartitions, type CatalogSnapshot } from '../../server/src/engine/catalog/model';
import { LineIndex, type Finding } from '../../server/src/engine/finding';
import { loadEngine } from '../../server/src/engine/index';
import { hostFor } from '../../server/src/engine/host/index';
import type { HostIndex, HostModule } from '../../server/src/engine/host/types';

export interface Built {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** Case id → the table whose leaves are counted → the statements the ORM sends (each EXPLAINed). */
export type OrmCases = Record<string, { table: string; build: () => Promise<Built[]> }>;

const APP = path.join(import.meta.dirname, '..', 'fixtures', 'ts-app');

/**
 * Records what knex (and Objection on it) would send: the statement is captured before the missing
 * connection fails; `seen` collects what other ORMs' log hooks saw. Given rows, every statement
 * "returns" them (so that Objection sends its eager statements).
 */
export function knexRecorder(kn: Knex, seen: Built[]) {
  return async (run: () => PromiseLike<unknown>, rows?: readonly Record<string, unknown>[]): Promise<Built[]> => {
    const client = kn.client as unknown as { runner: (b: { toSQL(): { toNative(): { sql: string; bindings: readonly unknown[] } } }) => unknown };
    const original = client.runner;
    const out: Built[] = [];
    client.runner = (b) => {
      const n = b.toSQL().toNative();
      out.push({ sql: n.sql, params: n.bindings });
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
}

interface SourceCase {
  readonly id: string;
  readonly file: string;
  /** 0-based lines of the query: from after the previous case (or its function's start) to the marker. */
  readonly first: number;
  readonly line: number;
}

function sourceCases(files: readonly string[]): SourceCase[] {
  const out: SourceCase[] = [];
  for (const file of files) {
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

export interface AgreementSuite {
  readonly title: string;
  /** Name prefix of the throwaway databases. */
  readonly database: string;
  /** The fixture folder: every file of its `src/` is indexed. */
  readonly root: string;
  /** The files of `src/` whose marked queries and carets are checked. */
  readonly files: readonly string[];
  readonly cases: OrmCases;
  /** At least this many cases must keep every leaf, and this many must not (the suite tests both ways). */
  readonly eachWay: number;
}

export function ormAgreementSuite(s: AgreementSuite): void {
  const files = s.files.map((f) => path.join(s.root, 'src', f));
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
    for (const f of [path.join(APP, 'src', 'db', 'schema.ts'), ...fs.readdirSync(path.join(s.root, 'src')).map((f) => path.join(s.root, 'src', f))]) {
      index.indexFile(f, fs.readFileSync(f, 'utf8'));
    }
    for (const f of files) findings.set(f, [...host.check(fs.readFileSync(f, 'utf8'), catalog, { fileName: f, index }).findings]);
  });

  void describe(s.title, () => {
    void it('every marked query has a real-ORM counterpart, and vice versa', () => {
      assert.deepEqual(sourceCases(files).map((c) => c.id).sort(), Object.keys(s.cases).sort());
    });

    for (const f of files) {
      void it(`reports exactly the marked findings in ${path.basename(f)}`, () => {
        const text = fs.readFileSync(f, 'utf8');
        const li = new LineIndex(text);
        const got = findings.get(f)!.map((x) => {
          const a = li.position(x.start);
          const e = li.position(x.end);
          return `${a.line}:${a.character}-${e.line === a.line ? e.character : '…'} ${x.code}`;
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
      const cases = sourceCases(files);
      for (const server of servers as PgServer[]) {
        const fresh = await freshDatabase(server, s.database);
        const client = new pg.Client({ connectionString: fresh.url });
        await client.connect();
        const mismatches: string[] = [];
        let kept = 0;
        try {
          await client.query(ddl);
          await client.query("SET plan_cache_mode = 'force_custom_plan'");
          for (const c of cases) {
            const spec = s.cases[c.id]!;
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
        assert.ok(kept >= s.eachWay && cases.length - kept >= s.eachWay, `${kept} queries keep every leaf`);
        assert.deepEqual(mismatches, []);
      }
    });
  });
}
