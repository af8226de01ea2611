// The `partition-lens check` contract, driven through the BUILT CLI (dist/partition-lens.js) as a
// child process: exact JSON, exit codes, SARIF shape, text lines, skipped directories, usage errors.
// Build first (`node esbuild.mjs`; `npm test` does it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'partition-lens.js');
const fixtures = path.join(root, 'test', 'fixtures', 'cli');
const golden = path.join(fixtures, 'expected');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd = root): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Compares with a golden file; creates it when missing, rewrites it only with UPDATE_GOLDEN=1.
 * Message texts belong to the rules (their own tests pin them) and are masked here, so that this
 * file pins the CLI's shape: fields, order, positions, paths, summary.
 */
function assertGolden(name: string, output: string): void {
  const actual = output
    .replace(/("message": )"(?:[^"\\]|\\.)*"/g, '$1"<message>"')
    .replace(/^(\S+:\d+:\d+: \w+ [\w-]+ ).*$/gm, '$1<message>');
  const file = path.join(golden, name);
  if (!fs.existsSync(file) || process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(golden, { recursive: true });
    fs.writeFileSync(file, actual);
  }
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `output differs from ${path.relative(root, file)} (UPDATE_GOLDEN=1 to accept)`);
}

/** 1-based line / column range (UTF-16, end exclusive) of the n-th occurrence of a needle. */
function locate(text: string, needle: string, nth = 1): { line: number; column: number; endLine: number; endColumn: number } {
  let i = -1;
  for (let k = 0; k < nth; k++) {
    i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `fixture lacks ${needle} #${nth}`);
  }
  const lines = text.slice(0, i).split('\n');
  const line = lines.length;
  const column = lines[lines.length - 1]!.length + 1;
  return { line, column, endLine: line, endColumn: column + needle.length };
}

let work: string;
let project: string;

before(() => {
  assert.ok(fs.existsSync(cli), `${cli} is missing: run "node esbuild.mjs" first`);
  // A private copy, so the test can add dependency directories (not committed: .gitignore has node_modules/).
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cli-'));
  project = path.join(work, 'project');
  fs.cpSync(path.join(fixtures, 'project'), project, { recursive: true });
  for (const dir of ['node_modules/pkg', 'vendor/bundle', '.git/x', 'dist', 'build', 'out', 'coverage', 'tmp']) {
    fs.mkdirSync(path.join(project, dir), { recursive: true });
    fs.writeFileSync(path.join(project, dir, 'skipped.sql'), 'SELECT * FROM leads;\n');
  }
});

after(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

void describe('partition-lens check --format json', () => {
  void it('reports tables and diagnostics exactly, with 1-based positions relative to the current directory', () => {
    const r = run(['check', '--format', 'json', '.'], project);
    assert.equal(r.stderr, '');
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout) as { version: number; tables: unknown[]; diagnostics: { file: string; code: string; message: string }[] };
    assert.deepEqual(Object.keys(out), ['version', 'tables', 'diagnostics']);
    const ddl = fs.readFileSync(path.join(project, 'db/structure.sql'), 'utf8');
    const report = fs.readFileSync(path.join(project, 'queries/report.sql'), 'utf8');
    assert.deepEqual(out.tables, [
      { name: 'public.campaigns', strategy: 'hash', key: ['user_id'], source: `db/structure.sql:${locate(ddl, 'CREATE TABLE public.campaigns (').line}` },
      { name: 'public.leads', strategy: 'range', key: ['created_at'], source: `db/structure.sql:${locate(ddl, 'CREATE TABLE public.leads (').line}` },
    ]);
    // Exactly two findings: the suppressed query, the prunable ones and every skipped directory give none.
    assert.deepEqual(
      out.diagnostics.map(({ message: _m, ...d }) => d),
      [
        { file: 'queries/report.sql', ...locate(report, 'leads'), severity: 'warning', code: 'partition-key-missing', table: 'public.leads' },
        { file: 'queries/report.sql', ...locate(report, 'public.leads'), severity: 'warning', code: 'partition-key-not-prunable', table: 'public.leads' },
      ],
    );
    for (const d of out.diagnostics) assert.match(d.message, /public\.leads/);
    assert.match(out.diagnostics[1]!.message, /date_trunc/);
    assertGolden('project.json', r.stdout);
  });

  void it('exits 0 with no findings, and learns tables from --schema files', () => {
    const r = run(['check', '--format=json', '--schema', 'db/structure.sql', 'queries/clean.sql'], project);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { tables: { name: string }[]; diagnostics: unknown[] };
    assert.deepEqual(out.tables.map((t) => t.name), ['public.campaigns', 'public.leads']);
    assert.deepEqual(out.diagnostics, []);
  });

  void it('without the schema nothing is known and nothing is reported', () => {
    const r = run(['check', '--format', 'json', 'queries/report.sql'], project);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { version: 1, tables: [], diagnostics: [] });
  });

  void it('quoted keys, paths as given, and UTF-16 columns after non-ASCII text', () => {
    const queries = 'test/fixtures/cli/queries-only';
    const r = run(['check', '--schema', 'test/fixtures/cli/schema-only/schema.sql', '--format', 'json', queries]);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as { tables: unknown[]; diagnostics: { message: string }[] };
    assert.deepEqual(out.tables, [{ name: 'public.events', strategy: 'list', key: ['Tenant'], source: 'test/fixtures/cli/schema-only/schema.sql:1' }]);
    const q = fs.readFileSync(path.join(root, queries, 'q.sql'), 'utf8');
    const third = locate(q, 'events', 3);
    // The emoji counts as two UTF-16 code units: the column is the JavaScript string index + 1.
    assert.equal(third.column, q.split('\n')[2]!.indexOf('events') + 1);
    assert.deepEqual(
      out.diagnostics.map(({ message: _m, ...d }) => d),
      [
        { file: `${queries}/q.sql`, ...locate(q, 'events'), severity: 'warning', code: 'partition-key-missing', table: 'public.events' },
        { file: `${queries}/q.sql`, ...third, severity: 'warning', code: 'partition-key-missing', table: 'public.events' },
      ],
    );
  });

  void it('a --schema file wins over migrations that say otherwise (the database as it is now)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cli-current-'));
    try {
      fs.mkdirSync(path.join(dir, 'db', 'migrate'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'db', 'migrate', '20260101000000_swap.sql'), 'CREATE TABLE leads_plain (id bigint, company text, created_at timestamptz);\nDROP TABLE IF EXISTS leads;\nALTER TABLE leads_plain RENAME TO leads;\n');
      fs.writeFileSync(path.join(dir, 'a.sql'), 'CREATE TABLE leads (id bigint, company text, created_at timestamptz) PARTITION BY RANGE (created_at);\n');
      fs.writeFileSync(path.join(dir, 'q.sql'), "SELECT id FROM leads WHERE company = 'acme';\n");
      const r = run(['check', '--format', 'json', '--schema', 'a.sql', 'db', 'q.sql'], dir);
      assert.equal(r.code, 1, r.stderr);
      const out = JSON.parse(r.stdout) as { tables: { name: string; source: string }[]; diagnostics: { file: string; code: string }[] };
      assert.deepEqual(out.tables.map((t) => [t.name, t.source]), [['public.leads', 'a.sql:1']]);
      assert.deepEqual(out.diagnostics.map((d) => [d.file, d.code]), [['q.sql', 'partition-key-missing']]);
      // Given as a PATH only, the same file is history like any other, replayed in path order before the swap.
      const asPath = run(['check', '--format', 'json', 'a.sql', 'db', 'q.sql'], dir);
      assert.equal(asPath.code, 0, asPath.stderr);
      assert.deepEqual((JSON.parse(asPath.stdout) as { tables: unknown[] }).tables, []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  void it('absolute paths are reported absolute', () => {
    const abs = path.join(project, 'queries', 'report.sql');
    const r = run(['check', '--format', 'json', '--schema', path.join(project, 'db', 'structure.sql'), abs], work);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as { tables: { source: string }[]; diagnostics: { file: string }[] };
    assert.deepEqual([...new Set(out.diagnostics.map((d) => d.file))], [abs]);
    assert.ok(out.tables.every((t) => t.source.startsWith(path.join(project, 'db', 'structure.sql'))));
  });
});

void describe('partition-lens check on application code', () => {
  void it('Ruby, TypeScript and Python files get the same JSON diagnostics', () => {
    const apps = 'test/fixtures/cli/apps';
    const r = run(['check', '--schema', 'test/fixtures/cli/project/db/structure.sql', '--format', 'json', apps]);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as { diagnostics: { message: string }[] };
    const read = (rel: string): string => fs.readFileSync(path.join(root, apps, rel), 'utf8');
    assert.deepEqual(
      out.diagnostics.map(({ message: _m, ...d }) => d),
      [
        { file: `${apps}/app/services/lead_report.rb`, ...locate(read('app/services/lead_report.rb'), 'Lead', 2), severity: 'warning', code: 'partition-key-missing', table: 'public.leads' },
        { file: `${apps}/reports/monthly.py`, ...locate(read('reports/monthly.py'), 'leads'), severity: 'warning', code: 'partition-key-missing', table: 'public.leads' },
        { file: `${apps}/src/report.ts`, ...locate(read('src/report.ts'), 'campaigns', 2), severity: 'warning', code: 'partition-key-missing', table: 'public.campaigns' },
      ],
    );
  });
});

void describe('partition-lens check --format text / sarif', () => {
  void it('text: file:line:col: severity code message, then a summary line', () => {
    const r = run(['check', '.'], project);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^queries\/report\.sql:2:15: warning partition-key-missing .*public\.leads/);
    assert.match(lines[1]!, /^queries\/report\.sql:5:6: warning partition-key-not-prunable /);
    assert.equal(lines[2], '');
    assert.equal(lines[3], '2 findings (2 warnings) in 1 file (3 files checked, 2 partitioned tables known).');
    assertGolden('project.txt', r.stdout);
  });

  void it('text without findings', () => {
    const r = run(['check', '--schema', 'db/structure.sql', 'queries/clean.sql'], project);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'No findings (1 file checked, 2 partitioned tables known).\n');
  });

  void it('sarif: SARIF 2.1.0 with rules and 1-based regions', () => {
    const r = run(['check', '--format', 'sarif', '.'], project);
    assert.equal(r.code, 1, r.stderr);
    const s = JSON.parse(r.stdout) as {
      version: string;
      $schema: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string; help: { text: string }; shortDescription: { text: string } }[] } };
        columnKind: string;
        originalUriBaseIds: Record<string, { uri: string }>;
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
        }[];
      }[];
    };
    assert.equal(s.version, '2.1.0');
    assert.match(s.$schema, /sarif-2\.1\.0/);
    assert.equal(s.runs.length, 1);
    const run0 = s.runs[0]!;
    assert.equal(run0.tool.driver.name, 'partition-lens');
    assert.deepEqual(run0.tool.driver.rules.map((x) => x.id), ['partition-key-missing', 'partition-key-not-prunable', 'partition-key-runtime-only']);
    for (const rule of run0.tool.driver.rules) {
      assert.ok(rule.help.text.length > 20 && rule.shortDescription.text.length > 5);
    }
    assert.equal(run0.columnKind, 'utf16CodeUnits');
    assert.equal(run0.originalUriBaseIds['%SRCROOT%']!.uri, `${new URL(`file://${project}/`).href}`);
    assert.deepEqual(
      run0.results.map((x) => ({ ruleId: x.ruleId, ruleIndex: x.ruleIndex, level: x.level, loc: x.locations[0]!.physicalLocation })),
      [
        {
          ruleId: 'partition-key-missing',
          ruleIndex: 0,
          level: 'warning',
          loc: { artifactLocation: { uri: 'queries/report.sql', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 15, endLine: 2, endColumn: 20 } },
        },
        {
          ruleId: 'partition-key-not-prunable',
          ruleIndex: 1,
          level: 'warning',
          loc: { artifactLocation: { uri: 'queries/report.sql', uriBaseId: '%SRCROOT%' }, region: { startLine: 5, startColumn: 6, endLine: 5, endColumn: 18 } },
        },
      ],
    );
    for (const x of run0.results) assert.match(x.message.text, /public\.leads/);
  });
});

void describe('partition-lens usage and errors (exit code 2)', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown option', ['check', '--frobnicate', '.'], /unknown option --frobnicate/],
    ['unknown format', ['check', '--format', 'xml', '.'], /unknown format "xml"/],
    ['option without value', ['check', '.', '--format'], /--format needs a value/],
    ['no PATH', ['check', '--format', 'json'], /no PATH given/],
    ['missing path', ['check', 'does/not/exist.sql'], /path not found: does\/not\/exist\.sql/],
    ['missing schema file', ['check', '--schema', 'nope.sql', '.'], /path not found: nope\.sql/],
    ['unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['no command', [], /Usage: partition-lens <command>/],
  ];
  for (const [name, args, message] of cases) {
    void it(name, () => {
      const r = run(args, project);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
    });
  }

  void it('an unreadable file', (t) => {
    if (process.getuid?.() === 0) {
      t.skip('RUNNING AS ROOT: file permissions do not stop root from reading, so an unreadable file cannot be made');
      return;
    }
    const file = path.join(work, 'secret.sql');
    fs.writeFileSync(file, 'SELECT 1;\n');
    fs.chmodSync(file, 0o000);
    const r = run(['check', file]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read .*secret\.sql \(EACCES\)/);
  });

  void it('a file that is not UTF-8 text or not SQL never crashes', () => {
    const file = path.join(work, 'junk.sql');
    fs.writeFileSync(file, Buffer.from([0xff, 0xfe, 0x00, 0x53, 0x45, 0x4c, 0x27, 0x0a, 0x80, 0x81]));
    const r = run(['check', '--schema', path.join(project, 'db', 'structure.sql'), '--format', 'json', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).diagnostics, []);
  });

  void it('--help and --version', () => {
    const h = run(['--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /partition-lens check \[--schema FILE\]\.\.\. \[--format text\|json\|sarif\] PATH\.\.\./);
    const ch = run(['check', '--help']);
    assert.equal(ch.code, 0);
    assert.match(ch.stdout, /Exit status: 0 no findings, 1 findings, 2 usage or internal error/);
    const v = run(['--version']);
    assert.equal(v.code, 0);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
    assert.equal(v.stdout, `${pkg.version}\n`);
    assert.equal(path.resolve(root, pkg.bin['partition-lens']!), cli);
  });
});
