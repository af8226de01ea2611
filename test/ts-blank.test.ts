// Bodies left out of the TypeScript parse (host/typescript/blank.ts): a shortcut that must never
// change a result. Each file below has a twin that differs only inside helper bodies (`*`
// becomes `/`, which the text scan refuses to leave out), so the twin is parsed in full; both
// must give the same findings and the same module facts.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import { loadEngine } from '../server/src/engine/index';
import { hostFor } from '../server/src/engine/host/index';
import type { HostModule } from '../server/src/engine/host/types';
import { scanTypeScript, TsIndex } from '../server/src/engine/host/typescript/index';
import { blankableBodies, balancedEnd } from '../server/src/engine/host/typescript/blank';

const DDL = 'CREATE TABLE leads (id bigint, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);\n';

let ts: HostModule;
let catalog: CatalogSnapshot;

before(async () => {
  await loadEngine();
  ts = hostFor('typescript')!;
  const ws = new WorkspaceCatalog();
  ws.setFile('/app/db/structure.sql', DDL, 'sql');
  catalog = ws.snapshot();
});

/** Helpers of every shape the text scan knows, each with a `*` to turn into `/` in the twin. */
function helpers(i: number): string {
  return [
    `export function pad${i}(values: number[], factor = ${i + 2}): string {`,
    "  return values.map((v) => String(v * factor).padStart(8, '0')).join(', ');",
    '}',
    `export async function later${i}<T>(x: T, ms: number): Promise<T> {`,
    '  await new Promise((r) => setTimeout(r, ms * 2));',
    '  return x;',
    '}',
    `export const twice${i} = (n: number): number => {`,
    `  const s = \`n=\${n * 2} {\${[n].map((m) => ({ m }))}}\`; // braces in a template`,
    '  return s.length * 2;',
    '};',
    `export const scale${i} = async function (n: number) {`,
    '  /* a block comment { */',
    '  return n * 3;',
    '};',
    `export const half${i} = n => {`,
    '  return n * 0.5;',
    '};',
    '',
  ].join('\n');
}

function twin(text: string): string {
  // Only inside helper bodies: `v * factor`, `ms * 2`, `n * 2`, `length * 2`, `n * 3`, `n * 0.5`.
  return text.replace(/(v|ms|n|length) \* (factor|2|3|0\.5)/g, '$1 / $2');
}

function findings(text: string, fileName: string, index: TsIndex): unknown[] {
  return ts.check(text, catalog, { fileName, index }).findings.map((f) => [f.start, f.end, f.code, f.message, f.related?.length ?? 0]);
}

function moduleFacts(text: string, fileName: string, index: TsIndex): unknown {
  const m = scanTypeScript(text, fileName, false, index).module;
  return {
    exports: [...m.exports.keys()].sort(),
    locals: [...m.locals].map(([k, v]) => [k, v.type, v.start, v.end]).sort(),
    imports: [...m.imports.keys()].sort(),
  };
}

void describe('TypeScript bodies left out of the parse', () => {
  it('the text scan finds helper bodies and refuses what it cannot read plainly', () => {
    const text = `import x from 'y';\n${helpers(0)}${helpers(1)}`;
    assert.equal(blankableBodies(text, new Set()).length, 10);
    assert.equal(blankableBodies(twin(text), new Set()).length, 0);
    const refused = [
      'export function a(s: string) {\n  return /x{/.test(s);\n}\n', // a regular expression
      'export function b() {\n  return <div>{1}</div>;\n}\n', // JSX (closing tag)
      "export function c() {\n  return 'it\n}\n", // an unclosed string
      'export function d() {\n  return db.raw(1);\n}\n', // an ORM hint and a client word
      'export function e(): { a: number } {\n  return { a: 1 };\n}\n', // a return type with braces
      'export function f() {\n  return Lead;\n}\n', // a model name of the index
    ];
    for (const r of refused) assert.deepEqual(blankableBodies(`${r}${' '.repeat(1100)}`, new Set(['Lead'])), [], r);
    assert.equal(balancedEnd('{ `${ {a: `}`} }` }x', 0), 19);
  });

  it('findings and module facts are those of a whole parse', () => {
    const db = "import knex from 'knex';\nconst db = knex({ client: 'pg' });\n";
    const query = "export async function byCompany(company: string) {\n  return await db('leads').where('company', company);\n}\n";
    const text = `${db}${helpers(0)}${query}${helpers(1)}`;
    assert.ok(blankableBodies(text, new Set()).length > 0);
    const a = new TsIndex();
    const b = new TsIndex();
    const got = findings(text, '/app/src/a.ts', a);
    assert.equal(got.length, 1);
    assert.deepEqual(got, findings(twin(text), '/app/src/b.ts', b));
    assert.deepEqual(moduleFacts(text, '/app/src/a2.ts', a), moduleFacts(twin(text), '/app/src/b2.ts', b));
  });

  it('a left-out body whose words meet a name of the file is parsed on its own and analysed in full', () => {
    const index = new TsIndex();
    index.indexFile('/app/src/db.ts', "import knex from 'knex';\nexport const pool = knex({ client: 'pg' });\n");
    // `store` is bound by the import: only the parse can tell, so `all` is copied after all.
    const text = `import { pool as store } from './db';\n${helpers(0)}export async function all(n: number) {\n  return await store('leads').limit(n * 2);\n}\n${helpers(1)}`;
    assert.ok(blankableBodies(text, new Set()).some((b) => text.slice(b.start).startsWith('export async function all')));
    index.indexFile('/app/src/repo.ts', text);
    const got = findings(text, '/app/src/repo.ts', index);
    const at = text.indexOf("store('leads')") + "store('".length;
    assert.deepEqual(
      got.map((f) => (f as unknown[]).slice(0, 3)),
      [[at, at + 'leads'.length, 'partition-key-missing']],
    );
    const other = new TsIndex();
    other.indexFile('/app/src/db.ts', "import knex from 'knex';\nexport const pool = knex({ client: 'pg' });\n");
    other.indexFile('/app/src/repo.ts', twin(text));
    assert.deepEqual(got, findings(twin(text), '/app/src/repo.ts', other));
  });

  it('after an edit the document is parsed whole and gives what a fresh check gives', () => {
    const text = `import knex from 'knex';\nconst db = knex({ client: 'pg' });\n${helpers(0)}export async function q() {\n  return await db('leads');\n}\n${helpers(1)}`;
    const index = new TsIndex();
    findings(text, '/app/src/e.ts', index);
    const edited = text.replace("db('leads');", "db('leads').where('created_at', '>=', new Date());");
    assert.deepEqual(findings(edited, '/app/src/e.ts', index), findings(edited, '/app/src/fresh.ts', new TsIndex()));
    assert.equal(findings(edited, '/app/src/e.ts', index).length, 0);
  });

  it('half-typed code elsewhere in the file gives what the whole parse gives', () => {
    const text = `import knex from 'knex';\nconst db = knex({ client: 'pg' });\n${helpers(0)}export async function q() {\n  return await db('leads').where(\n}\n${helpers(1)}`;
    assert.deepEqual(findings(text, '/app/src/h.ts', new TsIndex()), findings(twin(text), '/app/src/h2.ts', new TsIndex()));
  });
});
