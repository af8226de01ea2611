// Workspace-scale shortcuts that must never change a result: TypeScript skeleton units (an
// exported function with no database code is kept as its declaration only), the TypeScript
// importer map moved per file, and the memoised Python dependents. Each test checks the result
// of the shortcut against what the full work gives, including after the edits that invalidate it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import { loadEngine } from '../server/src/engine/index';
import { hostFor } from '../server/src/engine/host/index';
import type { HostModule } from '../server/src/engine/host/types';
import { scanTypeScript, TsIndex } from '../server/src/engine/host/typescript/index';
import { createPythonIndex } from '../server/src/engine/host/python/index';
import { parsePython } from '../server/src/engine/host/python/ast';
import { importRefsOfText } from '../server/src/engine/host/python/import-scan';
import { moduleInfo } from '../server/src/engine/host/python/summaries';

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

const HELPERS = [
  'export function pad(values: number[], factor = 2): string {',
  "  return values.map((v) => String(v * factor).padStart(8, '0')).filter((s) => s.length > 1).join(', ');",
  '}',
  '',
  'export const twice = (n: number): number => n * 2;',
  '',
].join('\n');

void describe('TypeScript skeleton units', () => {
  it('keep the exports of helpers without database code', () => {
    const index = new TsIndex();
    const scan = scanTypeScript(`import knex from 'knex';\nconst db = knex({ client: 'pg' });\n${HELPERS}`, '/app/src/util.ts', true, index);
    assert.deepEqual([...scan.module.exports.keys()].sort(), ['pad', 'twice']);
    assert.equal(scan.module.locals.get('pad')?.type, 'function_declaration');
    assert.equal(scan.module.locals.get('twice')?.type, 'arrow_function');
  });

  it('a body that uses a client imported under any name is analysed in full', () => {
    const index = new TsIndex();
    index.indexFile('/app/src/db.ts', "import knex from 'knex';\nexport const pool = knex({ client: 'pg' });\n");
    // No ORM word in the body: only the imported client (`store`) links it to the database.
    const text = `import { pool as store } from './db';\n${HELPERS}export async function all() {\n  return await store('leads');\n}\n`;
    index.indexFile('/app/src/repo.ts', text);
    const found = ts.check(text, catalog, { fileName: '/app/src/repo.ts', index }).findings;
    const at = text.indexOf("store('leads')") + "store('".length;
    assert.deepEqual(
      found.map((f) => [f.start, text.slice(f.start, f.end), f.code]),
      [[at, 'leads', 'partition-key-missing']],
    );
  });

  it('a skeleton kept for an open document is copied in full once the file imports a client it names', () => {
    const index = new TsIndex();
    index.indexFile('/app/src/db.ts', "import knex from 'knex';\nexport const pool = knex({ client: 'pg' });\n");
    const fn = "export async function all() {\n  return await store('leads');\n}\n";
    // First without the import: `store` is nothing the file knows, so the function is a skeleton.
    const before = `import knex from 'knex';\n${HELPERS}${fn}`;
    assert.equal(ts.check(before, catalog, { fileName: '/app/src/open.ts', index }).findings.length, 0);
    const after = `import { pool as store } from './db';\n${HELPERS}${fn}`;
    index.indexFile('/app/src/open.ts', after);
    const found = ts.check(after, catalog, { fileName: '/app/src/open.ts', index }).findings;
    assert.deepEqual(
      found.map((f) => [f.start, after.slice(f.start, f.end)]),
      [[after.indexOf("store('leads')") + "store('".length, 'leads']],
    );
  });
});

void describe('TypeScript importer map', () => {
  it('follows edits, additions and removals of files like a map built from scratch', () => {
    const live = new TsIndex();
    const files: Record<string, string> = {
      '/app/a.ts': "import { b } from './b';\nexport const a = b;\n",
      '/app/b.ts': 'export const b = 1;\n',
      '/app/c.ts': 'export const c = 2;\n',
      '/app/d.ts': "export { a } from './a';\n",
    };
    for (const [f, t] of Object.entries(files)) live.indexFile(f, t);
    const fresh = (): TsIndex => {
      const ix = new TsIndex();
      for (const [f, t] of Object.entries(files)) ix.indexFile(f, t);
      return ix;
    };
    const same = (why: string): void => {
      const ref = fresh();
      for (const f of ['/app/a.ts', '/app/b.ts', '/app/c.ts', '/app/d.ts', '/app/e.ts']) {
        assert.deepEqual([...live.dependentsOf(f)].sort(), [...ref.dependentsOf(f)].sort(), `${why}: dependents of ${f}`);
      }
    };
    same('initial');
    assert.deepEqual([...live.dependentsOf('/app/b.ts')].sort(), ['/app/a.ts', '/app/d.ts']);
    // A keystroke that does not touch imports, then one that moves an import from b to c.
    files['/app/a.ts'] = "import { b } from './b';\nexport const a = b + 1;\n";
    live.indexFile('/app/a.ts', files['/app/a.ts']);
    same('text edit');
    files['/app/a.ts'] = "import { c } from './c';\nexport const a = c;\n";
    live.indexFile('/app/a.ts', files['/app/a.ts']);
    same('import moved');
    assert.deepEqual(live.dependentsOf('/app/b.ts'), []);
    // A new file makes a specifier that resolved to nothing resolve.
    files['/app/b.ts'] = "import { e } from './e';\nexport const b = e;\n";
    live.indexFile('/app/b.ts', files['/app/b.ts']);
    files['/app/e.ts'] = 'export const e = 3;\n';
    live.indexFile('/app/e.ts', files['/app/e.ts']);
    same('file added');
    assert.deepEqual(live.dependentsOf('/app/e.ts'), ['/app/b.ts']);
    delete files['/app/c.ts'];
    live.removeFile('/app/c.ts');
    same('file removed');
  });
});

void describe('Python dependents memo', () => {
  const models = 'from django.db import models\n\n\nclass Lead(models.Model):\n    company = models.TextField()\n\n    class Meta:\n        db_table = "leads"\n';
  const view = 'from crm.models import Lead\n\n\ndef view(request):\n    return list(Lead.objects.filter(company="x"))\n';
  const deps = (ix: ReturnType<typeof createPythonIndex>, f: string): string[] => [...ix.dependentsOf(f)].sort();

  it('answers like a fresh index after edits of the file itself and of other files', () => {
    const files: Record<string, string> = { '/p/crm/models.py': models, '/p/crm/views.py': view, '/p/crm/util.py': 'def pad(x):\n    return str(x)\n' };
    const live = createPythonIndex();
    for (const [f, t] of Object.entries(files)) live.indexFile(f, t);
    const same = (why: string): void => {
      const ref = createPythonIndex();
      for (const [f, t] of Object.entries(files)) ref.indexFile(f, t);
      for (const f of Object.keys(files)) assert.deepEqual(deps(live, f), deps(ref, f), `${why}: dependents of ${f}`);
    };
    same('initial');
    assert.deepEqual(deps(live, '/p/crm/models.py'), ['/p/crm/views.py']);
    // Keystrokes in the model file (memo hit), then a renamed class (memo miss).
    files['/p/crm/models.py'] = `${models}\nBENCH = 1\n`;
    live.indexFile('/p/crm/models.py', files['/p/crm/models.py']);
    same('edit of a non-def line');
    files['/p/crm/models.py'] = models.replace('class Lead(', 'class Prospect(');
    live.indexFile('/p/crm/models.py', files['/p/crm/models.py']);
    same('class renamed');
    files['/p/crm/models.py'] = models;
    live.indexFile('/p/crm/models.py', models);
    // Another file starts importing the model file, then a new file does.
    files['/p/crm/util.py'] = 'from crm.models import Lead\n\n\ndef pad(x):\n    return Lead.objects.filter(company=x).count()\n';
    live.indexFile('/p/crm/util.py', files['/p/crm/util.py']);
    same('another file imports it');
    assert.deepEqual(deps(live, '/p/crm/models.py'), ['/p/crm/util.py', '/p/crm/views.py']);
    files['/p/crm/api.py'] = 'from crm import models\n\n\ndef api():\n    return models.Lead.objects.count()\n';
    live.indexFile('/p/crm/api.py', files['/p/crm/api.py']);
    same('file added');
    delete files['/p/crm/views.py'];
    live.removeFile('/p/crm/views.py');
    same('file removed');
  });
});

void describe('Python imports read from the text', () => {
  it('include every import the parsed module summary has, over the Python fixtures and accuracy cases', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.py')) files.push(p);
      }
    };
    walk(path.join(import.meta.dirname, 'fixtures'));
    walk(path.join(import.meta.dirname, '..', 'bench', 'accuracy'));
    let refs = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      const cheap = importRefsOfText(text).map((r) => `${r.level}:${r.module}:${r.name ?? ''}`);
      const exact = moduleInfo(f, [{ file: f, tree: parsePython(text), base: 0 }], new Set()).imports;
      for (const r of exact.values()) {
        refs++;
        assert.ok(cheap.includes(`${r.level}:${r.module}:${r.name ?? ''}`), `${f}: ${JSON.stringify(r)} not found in ${JSON.stringify(cheap)}`);
      }
    }
    assert.ok(files.length > 20 && refs > 50, `${files.length} files, ${refs} imports`);
  });

  it('read continuation lines, parenthesised lists, aliases and relative imports', () => {
    const text = 'import os, a.b as ab, c.d\nfrom .. import (x,\n    y as z,  # comment\n)\nfrom pkg.mod \\\n    import w\nif True:\n    from .m import n\nimport p; import q.r\n';
    assert.deepEqual(
      importRefsOfText(text).map((r) => `${r.level}:${r.module}:${r.name ?? ''}`),
      ['0:os:', '0:a.b:', '0:c:', '2::x', '2::y', '0:pkg.mod:w', '1:m:n', '0:p:', '0:q:'],
    );
  });
});
