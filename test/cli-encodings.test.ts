// `partition-lens check` on files that are not plain UTF-8 (BUILT dist/partition-lens.js): UTF-16
// with and without a byte order mark and Latin-1 are decoded (with a note on stderr) and get their
// findings; a binary file named `.sql` is skipped with a note and read no further than its first
// bytes; file names with control characters are escaped in text output.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { decodeSource, escapeFileName } from '../server/src/cli/files';

const CLI = path.resolve(__dirname, '..', 'dist', 'partition-lens.js');
const SCHEMA = 'CREATE TABLE leads (id bigint, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);\n';
const QUERY = "-- Café\nSELECT id FROM leads WHERE company = 'é';\n";

function check(dir: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'check', ...args, '.'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('UTF-16 (BOM or not) and Latin-1 files are decoded and checked, with a note', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-enc-'));
  try {
    fs.writeFileSync(path.join(dir, 'schema.sql'), SCHEMA);
    fs.writeFileSync(path.join(dir, 'le.sql'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(QUERY, 'utf16le')]));
    const be = Buffer.from(QUERY, 'utf16le');
    be.swap16();
    fs.writeFileSync(path.join(dir, 'be.sql'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    fs.writeFileSync(path.join(dir, 'nobom.sql'), Buffer.from(QUERY, 'utf16le'));
    fs.writeFileSync(path.join(dir, 'latin1.sql'), Buffer.from(QUERY, 'latin1'));
    fs.writeFileSync(path.join(dir, 'utf8bom.sql'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(QUERY)]));
    const r = check(dir, '--format', 'json');
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout) as { diagnostics: { file: string; line: number; column: number; code: string }[] };
    assert.deepEqual(
      report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`),
      ['be.sql', 'latin1.sql', 'le.sql', 'nobom.sql', 'utf8bom.sql'].map((f) => `${f}:2:16 partition-key-missing`),
    );
    assert.deepEqual(r.stderr.trim().split('\n').sort(), [
      'partition-lens check: be.sql: decoded as UTF-16BE (byte order mark)',
      'partition-lens check: latin1.sql: not valid UTF-8: read as Latin-1',
      'partition-lens check: le.sql: decoded as UTF-16LE (byte order mark)',
      'partition-lens check: nobom.sql: decoded as UTF-16LE (no byte order mark)',
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a binary .sql file is skipped with a note; the other files are still checked', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-bin-'));
  try {
    fs.writeFileSync(path.join(dir, 'schema.sql'), SCHEMA);
    fs.writeFileSync(path.join(dir, 'q.sql'), QUERY);
    // Random bytes with NULs, and SQL text after them that must not be analysed.
    const blob = Buffer.alloc(64 * 1024);
    for (let i = 0; i < blob.length; i++) blob[i] = (i * 7919) % 251;
    fs.writeFileSync(path.join(dir, 'blob.sql'), Buffer.concat([blob, Buffer.from(`\n${QUERY}`)]));
    const r = check(dir);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stderr, 'partition-lens check: not analysed: blob.sql: binary file (NUL bytes)\n');
    assert.match(r.stdout, /^q\.sql:2:16: warning partition-key-missing /);
    assert.doesNotMatch(r.stdout, /blob\.sql/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('decodeSource decides binary from the first bytes alone', () => {
  let read = false;
  const d = decodeSource(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff]), () => {
    read = true;
    return Buffer.alloc(0);
  });
  assert.deepEqual(d, { skip: 'binary file (NUL bytes)' });
  assert.equal(read, false, 'the rest of the file was not read');
});

test('file names with control characters are escaped in text output', () => {
  assert.equal(escapeFileName('a\u001b[31mred\n.sql'), 'a\\x1b[31mred\\n.sql');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-name-'));
  try {
    fs.writeFileSync(path.join(dir, 'schema.sql'), SCHEMA);
    fs.writeFileSync(path.join(dir, 'evil\u001b[2J\n.sql'), QUERY);
    const r = check(dir);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^evil\\x1b\[2J\\n\.sql:2:16: warning partition-key-missing /);
    assert.doesNotMatch(r.stdout, /\u001b/);
    // JSON output keeps the real name (JSON escapes it by itself).
    const j = JSON.parse(check(dir, '--format', 'json').stdout) as { diagnostics: { file: string }[] };
    assert.equal(j.diagnostics[0]!.file, 'evil\u001b[2J\n.sql');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a minified one-line JavaScript bundle is left out with a note; the application code beside it is checked', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-min-'));
  try {
    fs.writeFileSync(path.join(dir, 'schema.sql'), SCHEMA);
    const app = "const knex = require('knex')({ client: 'pg' });\nexports.byCompany = (c) => knex('leads').where('company', c);\n";
    fs.writeFileSync(path.join(dir, 'leads.js'), app);
    // A bundle that repeats the same scanning query on one line: none of it may be reported.
    const chunk = "var q=require('knex')({client:'pg'})('leads').where('company','x');";
    fs.mkdirSync(path.join(dir, 'static'));
    fs.writeFileSync(path.join(dir, 'static', 'app.min.js'), chunk.repeat(Math.ceil(30_000 / chunk.length)));
    const r = check(dir, '--format', 'json');
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout) as { diagnostics: { file: string }[]; notAnalysed?: { file: string; reason: string }[] };
    assert.deepEqual([...new Set(report.diagnostics.map((d) => d.file))], ['leads.js']);
    assert.equal(report.notAnalysed?.length, 1);
    assert.equal(report.notAnalysed?.[0]?.file, 'static/app.min.js');
    assert.match(report.notAnalysed?.[0]?.reason ?? '', /^line 1 has [\d,]+ characters, more than 20,000 \(minified or generated code is not analysed\)$/);
    assert.match(r.stderr, /^partition-lens check: not analysed: static\/app\.min\.js: line 1 has /);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
