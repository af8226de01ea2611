// Kysely and Drizzle idioms followed across files (test/fixtures/ts-kysely-drizzle): a Kysely
// instance held by a wrapper class, dynamic references, `sql` helpers and a keyset class whose
// method returns the cursor condition, a long `$if` chain, `b = page(b, …)`, and Drizzle helpers
// whose client parameter is typed through `ReturnType<typeof createConnection>['replica']`.
// Expected findings are caret lines in the fixture (see its README).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import { LineIndex, type Finding } from '../server/src/engine/finding';
import { loadEngine } from '../server/src/engine/index';
import { hostFor } from '../server/src/engine/host/index';
import type { HostIndex, HostModule } from '../server/src/engine/host/types';
import type { TsIndex } from '../server/src/engine/host/typescript/index';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'ts-kysely-drizzle');
const SCHEMA = path.join(import.meta.dirname, 'fixtures', 'ts-app', 'db', 'structure.sql');

/** Caret lines (`//  ^^^ code`) → expected findings on the nearest code line above. */
function caretExpectations(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  let target = -1;
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)(\/\/)(\s*)(\^+) (\S+)\s*$/.exec(lines[i]!);
    if (!m) {
      target = i;
      continue;
    }
    const at = m[1]!.length + m[2]!.length + m[3]!.length;
    out.push(`${target + 1}:${at + 1}-${at + m[4]!.length + 1} ${m[5]!}`);
  }
  return out.sort();
}

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out.sort();
}

let host: HostModule;
let catalog: CatalogSnapshot;
let index: HostIndex;

function check(file: string, text: string): readonly Finding[] {
  return host.check(text, catalog, { fileName: file, index }).findings;
}

function shape(text: string, fs_: readonly Finding[]): string[] {
  const li = new LineIndex(text);
  return fs_
    .map((f) => {
      const s = li.position(f.start);
      const e = li.position(f.end);
      return `${s.line + 1}:${s.character + 1}-${e.character + 1} ${f.code}`;
    })
    .sort();
}

before(async () => {
  await loadEngine();
  host = hostFor('typescript')!;
  const ws = new WorkspaceCatalog();
  ws.setFile(SCHEMA, fs.readFileSync(SCHEMA, 'utf8'), 'sql');
  catalog = ws.snapshot();
  index = host.createIndex!();
  for (const f of walk(path.join(ROOT, 'src'))) index.indexFile(f, fs.readFileSync(f, 'utf8'));
});

void describe('TypeScript host: Kysely and Drizzle idioms across files', () => {
  for (const rel of ['kysely/routes.ts', 'kysely/keyset.ts', 'kysely/search.ts', 'drizzle/routes.ts', 'drizzle/queries.ts']) {
    void it(`reports exactly the marked findings in src/${rel}`, () => {
      const file = path.join(ROOT, 'src', rel);
      const text = fs.readFileSync(file, 'utf8');
      assert.deepEqual(shape(text, check(file, text)), caretExpectations(text));
    });
  }

  void it('reads a client type written as a type expression (an indexed access of a factory’s return type)', () => {
    const ts = index as TsIndex;
    const dbFile = path.join(ROOT, 'src', 'drizzle', 'db.ts');
    const queries = path.join(ROOT, 'src', 'drizzle', 'queries.ts');
    assert.equal(ts.typeClient(queries, 'ReplicaDb'), 'drizzle');
    assert.equal(ts.typeClient(dbFile, "Connection['replica']"), 'drizzle');
    assert.equal(ts.typeClient(dbFile, "ReturnType<typeof createConnection>['primary']"), 'drizzle');
    // Drizzle's transaction type spelled from its client.
    assert.equal(ts.typeClient(queries, 'JobsTx'), 'drizzle');
    assert.equal(ts.typeClient(dbFile, 'Parameters<Parameters<typeof jobsDb.transaction>[0]>[0]'), 'drizzle');
    // The object itself is not a client, nor a property it does not have.
    assert.equal(ts.typeClient(dbFile, 'Connection'), undefined);
    assert.equal(ts.typeClient(dbFile, "Connection['pool']"), undefined);
  });

  void it('judges the path without the optional filters of a long $if chain, and the one the caller’s literal decides', () => {
    const file = path.join(ROOT, 'src', 'kysely', 'routes.ts');
    const text = fs.readFileSync(file, 'utf8');
    const lines = shape(text, check(file, text)).map((s) => Number(s.split(':')[0]));
    const line = (needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;
    assert.ok(lines.includes(line('filteredLeads(db.db, filters)')), 'the search with request filters scans all partitions');
    assert.ok(!lines.includes(line('filteredLeads(db.db, { userIds')), 'the literal with `from` prunes');
  });
});
