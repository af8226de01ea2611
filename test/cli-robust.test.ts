// `partition-lens check` never lets one file end the run: special files, unreadable files, files
// that vanish, non-UTF-8 names, binary files and internal/index errors of a host become
// `notAnalysed` entries (JSON), one stderr line each, and the exit status stays what the findings
// say. Also: related locations in JSON / SARIF / text, and the worker threads' output equals the
// single-thread output. Special files go through the BUILT CLI (`node esbuild.mjs` first); host
// failures through `runCheck` in this process with a host module registered by the test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCheck } from '../server/src/cli/check';
import { hostModuleFor, loadEngine } from '../server/src/engine/index';
import { registerHost } from '../server/src/engine/host/index';
import type { HostModule } from '../server/src/engine/host/types';
import { testHost } from './helpers/test-host';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'partition-lens.js');
const DDL = 'CREATE TABLE leads (id bigint, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);\n';
const BAD = "SELECT * FROM leads WHERE company = 'x';\n";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
interface Out {
  diagnostics: { file: string; line: number; code: string; related?: Record<string, unknown>[] }[];
  notAnalysed?: { file: string; reason: string }[];
}

function run(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function runInProcess(args: string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const old = process.cwd();
  process.chdir(cwd);
  try {
    const code = await runCheck(args, 'test', {
      stdout: async (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
    });
    return { code, stdout, stderr };
  } finally {
    process.chdir(old);
  }
}

let work: string;

function project(name: string, files: Record<string, string>): string {
  const dir = path.join(work, name);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

before(() => {
  assert.ok(fs.existsSync(cli), `${cli} is missing: run "node esbuild.mjs" first`);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cli-robust-'));
});

after(() => {
  if (!work) return;
  // chmod 000 directories must be opened again before they can be removed.
  spawnSync('chmod', ['-R', 'u+rwx', work]);
  fs.rmSync(work, { recursive: true, force: true });
});

void describe('special and unreadable files never end a run', () => {
  void it('a FIFO (in the tree and given explicitly) is skipped without blocking and reported', () => {
    const dir = project('fifo', { 'db/schema.sql': DDL, 'q/bad.sql': BAD });
    const fifo = path.join(dir, 'q', 'pipe.sql');
    const mk = spawnSync('mkfifo', [fifo]);
    assert.equal(mk.status, 0, `mkfifo failed: ${mk.stderr}`);
    for (const args of [['.'], ['db', 'q', 'q/pipe.sql']]) {
      const r = run(['check', '--format', 'json', ...args], dir);
      assert.equal(r.code, 1, r.stderr);
      const out = JSON.parse(r.stdout) as Out;
      assert.deepEqual(out.diagnostics.map((d) => [d.file, d.line, d.code]), [['q/bad.sql', 1, 'partition-key-missing']]);
      assert.deepEqual(out.notAnalysed, [{ file: 'q/pipe.sql', reason: 'not a regular file (FIFO)' }]);
      assert.equal(r.stderr, 'partition-lens check: not analysed: q/pipe.sql: not a regular file (FIFO)\n');
    }
  });

  void it('a file name that is not UTF-8 is reported with its bytes escaped, the rest is checked', () => {
    const dir = project('names', { 'db/schema.sql': DDL, 'q/bad.sql': BAD });
    fs.writeFileSync(Buffer.concat([Buffer.from(path.join(dir, 'q', 'caf')), Buffer.from([0xe9]), Buffer.from('.sql')]), BAD);
    const r = run(['check', '--format', 'json', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as Out;
    assert.deepEqual(out.diagnostics.map((d) => d.file), ['q/bad.sql']);
    assert.deepEqual(out.notAnalysed, [{ file: 'q/caf\\xe9.sql', reason: 'file name is not valid UTF-8' }]);
    assert.match(r.stderr, /^partition-lens check: not analysed: q\/caf\\xe9\.sql: file name is not valid UTF-8\n$/);
  });

  void it('control characters in file names are escaped in text output', () => {
    const dir = project('ctrl', { 'db/schema.sql': DDL, 'q/a\u001b[2Jb.sql': BAD });
    const r = run(['check', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^q\/a\\x1b\[2Jb\.sql:1:15: warning partition-key-missing /m);
    assert.ok(!r.stdout.includes('\u001b'), 'no raw escape character reaches the terminal');
  });

  void it('binary files are skipped with a note; UTF-16 files with a BOM are decoded and checked', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BAD, 'utf16le')]);
    const dir = project('encodings', { 'db/schema.sql': DDL });
    fs.mkdirSync(path.join(dir, 'q'));
    fs.writeFileSync(path.join(dir, 'q', 'wide.sql'), utf16);
    fs.writeFileSync(path.join(dir, 'q', 'blob.sql'), Buffer.from([0x53, 0x00, 0x01, 0x02, 0xff, 0x00]));
    const r = run(['check', '--format', 'json', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as Out;
    assert.deepEqual(out.diagnostics.map((d) => [d.file, d.code]), [['q/wide.sql', 'partition-key-missing']]);
    assert.deepEqual(out.notAnalysed, [{ file: 'q/blob.sql', reason: 'binary file (NUL bytes)' }]);
  });

  void it('an unreadable file and an unreadable directory are reported, the rest is checked', (t) => {
    if (process.getuid?.() === 0) {
      t.skip('SKIPPED: running as root, chmod 000 does not stop root from reading (run as an ordinary user to test this)');
      return;
    }
    const dir = project('perm', { 'db/schema.sql': DDL, 'q/bad.sql': BAD, 'q/locked.sql': BAD, 'locked/x.sql': BAD });
    fs.chmodSync(path.join(dir, 'q', 'locked.sql'), 0o000);
    fs.chmodSync(path.join(dir, 'locked'), 0o000);
    const r = run(['check', '--format', 'json', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as Out;
    assert.deepEqual(out.diagnostics.map((d) => d.file), ['q/bad.sql']);
    assert.deepEqual(out.notAnalysed, [
      { file: 'locked', reason: 'directory not readable (permission denied, EACCES)' },
      { file: 'q/locked.sql', reason: 'not readable (permission denied, EACCES)' },
    ]);
  });

  void it('worker threads give exactly the single-thread output', () => {
    const files: Record<string, string> = { 'db/schema.sql': DDL };
    for (let i = 0; i < 330; i++) files[`q/f${String(i).padStart(3, '0')}.sql`] = i % 3 === 0 ? BAD : 'SELECT 1;\n';
    const dir = project('many', files);
    const one = run(['check', '--format', 'json', '--jobs', '1', '.'], dir);
    const two = run(['check', '--format', 'json', '--jobs', '2', '.'], dir);
    assert.equal(one.code, 1, one.stderr);
    assert.equal(two.code, 1, two.stderr);
    assert.equal((JSON.parse(one.stdout) as Out).diagnostics.length, 110);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, '');
  });

  void it('--jobs must be a positive whole number', () => {
    const r = run(['check', '--jobs', '0', '.'], root);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--jobs needs a whole number/);
  });
});

void describe('host failures and related locations (a host module registered by the test)', () => {
  let original: HostModule | undefined;
  before(async () => {
    await loadEngine();
    original = hostModuleFor('python');
  });
  after(() => {
    if (original) registerHost(original);
  });

  void it('related locations appear in JSON, SARIF and text output', async () => {
    registerHost(testHost());
    const dir = project('related', { 'db/schema.sql': DDL, 'app/models.py': 'x = 1\nmodel Lead\n', 'app/views.py': 'import x\nuse Lead\n' });
    const json = await runInProcess(['--format', 'json', '.'], dir);
    assert.equal(json.code, 1, json.stderr);
    const out = JSON.parse(json.stdout) as Out;
    assert.deepEqual(out.diagnostics.map(({ file, line, code, related }) => ({ file, line, code, related })), [
      {
        file: 'app/views.py',
        line: 2,
        code: 'partition-key-missing',
        related: [
          { file: 'app/models.py', line: 2, column: 7, endLine: 2, endColumn: 11, message: 'Lead is declared here' },
          { file: 'app/views.py', line: 2, column: 1, endLine: 2, endColumn: 4, message: 'the query is built here' },
        ],
      },
    ]);
    assert.equal(out.notAnalysed, undefined, 'no notAnalysed field when every file was analysed');

    const sarif = JSON.parse((await runInProcess(['--format', 'sarif', '.'], dir)).stdout) as {
      runs: { results: { relatedLocations: { id: number; physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> }; message: { text: string } }[] }[] }[];
    };
    const rel = sarif.runs[0]!.results[0]!.relatedLocations;
    assert.deepEqual(rel.map((r) => [r.id, r.physicalLocation.artifactLocation.uri, r.physicalLocation.region.startLine, r.physicalLocation.region.startColumn, r.message.text]), [
      [0, 'app/models.py', 2, 7, 'Lead is declared here'],
      [1, 'app/views.py', 2, 1, 'the query is built here'],
    ]);

    const text = await runInProcess(['.'], dir);
    assert.match(text.stdout, /^app\/views\.py:2:5: warning partition-key-missing .*\n {4}related: app\/models\.py:2:7: Lead is declared here\n {4}related: app\/views\.py:2:1: the query is built here\n/m);
  });

  void it('an internal error in one file is reported, the other files are checked, the exit status is unchanged', async () => {
    registerHost(testHost({ throwOn: /boom\.py$/ }));
    const dir = project('internal', { 'db/schema.sql': DDL, 'q/bad.sql': BAD, 'app/models.py': 'model Lead\n', 'app/boom.py': 'use Lead\n', 'app/ok.py': 'use Lead\n' });
    const r = await runInProcess(['--format', 'json', '.'], dir);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout) as Out;
    assert.deepEqual(out.diagnostics.map((d) => d.file), ['app/ok.py', 'q/bad.sql']);
    assert.deepEqual(out.notAnalysed, [{ file: 'app/boom.py', reason: 'internal error: Error: test host exploded on ' + path.join(dir, 'app', 'boom.py') }]);
    assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, r.stderr);
    assert.match(r.stderr, /^partition-lens check: not analysed: app\/boom\.py: internal error: /);

    // Only the failing file: nothing found, but the run is not silently "clean".
    const alone = await runInProcess(['--format', 'json', 'app/boom.py'], dir);
    assert.equal(alone.code, 0);
    assert.equal((JSON.parse(alone.stdout) as Out).notAnalysed?.length, 1);
  });

  void it('an index error is reported for the file it came from; the run goes on', async () => {
    registerHost(testHost({ indexFailOn: /broken\.py$/ }));
    const dir = project('index-error', { 'db/schema.sql': DDL, 'app/models.py': 'model Lead\n', 'app/broken.py': 'model Other\n', 'app/v.py': 'use Lead\nuse Other\n' });
    const r = await runInProcess(['--format', 'json', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as Out;
    assert.deepEqual(out.diagnostics.map((d) => [d.file, d.line]), [['app/v.py', 1]]);
    assert.deepEqual(out.notAnalysed, [{ file: 'app/broken.py', reason: `indexing failed: python index: test index cannot read ${path.join(dir, 'app', 'broken.py')}` }]);
  });

  void it('a file that vanishes during the scan is reported, the rest is checked', async () => {
    const dir = project('vanish', { 'db/schema.sql': DDL, 'a/models.py': 'model Lead\n', 'q/bad.sql': BAD, 'z/gone.sql': BAD });
    const host = testHost();
    const index = host.createIndex!.bind(host);
    // The index deletes a file the walk has listed but the run has not read yet.
    registerHost({
      ...host,
      createIndex: () => {
        const ix = index();
        return {
          get generation() {
            return ix.generation;
          },
          indexFile(f, t) {
            fs.rmSync(path.join(dir, 'z', 'gone.sql'), { force: true });
            ix.indexFile(f, t);
          },
          removeFile: (f) => ix.removeFile(f),
        };
      },
    });
    const r = await runInProcess(['--format', 'json', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as Out;
    assert.deepEqual(out.diagnostics.map((d) => d.file), ['q/bad.sql']);
    assert.deepEqual(out.notAnalysed, [{ file: 'z/gone.sql', reason: 'file vanished before it could be read' }]);
  });

  void it('separate PATH roots get separate indexes: a model of one application is not seen by another', async () => {
    const host = testHost();
    registerHost(host);
    const dir = project('roots', { 'db/schema.sql': DDL, 'one/models.py': 'model Lead\n', 'one/v.py': 'use Lead\n', 'two/v.py': 'use Lead\n' });
    const r = await runInProcess(['--format', 'json', '--schema', 'db/schema.sql', 'one', 'two'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual((JSON.parse(r.stdout) as Out).diagnostics.map((d) => d.file), ['one/v.py']);
    assert.equal(host.indexes.length, 2);
  });
});
