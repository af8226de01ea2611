// The accuracy bench's label reader: an `expect-also` line may name several labels, and a label comment it cannot
// read fails loudly instead of silently dropping the label (which would change the bench's numbers unseen).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { labelsOf } from '../bench/accuracy/lib';

function caseDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-acc-lib-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

test('an expect-also line naming two labels accepts a finding there for both', () => {
  const dir = caseDir({
    'svc.ts': 'const rows = await q; // expect-also: [kx1a] [kx1b]\n',
    'routes.ts': 'await list(); // expect: scans-all [kx1a] cross\nawait count(); // expect: scans-all [kx1b] cross\n',
  });
  try {
    const labels = labelsOf('knex', 'c', dir);
    assert.deepEqual(labels.map((l) => [l.id, l.also.map((a) => [path.basename(a.file), a.first, a.last])]), [
      ['kx1a', [['svc.ts', 1, 1]]],
      ['kx1b', [['svc.ts', 1, 1]]],
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a label comment the reader cannot parse is an error, not a dropped label', () => {
  const dir = caseDir({ 'a.py': 'Lead.objects.all()  # expect: scans-all ar1a\n' });
  try {
    assert.throws(() => labelsOf('django', 'c', dir), /a\.py:1: malformed label comment/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a Ruby heredoc opened on the labelled line belongs to its statement; the next statement does not', () => {
  const dir = caseDir({
    'lead.rb': [
      'def self.reset(id)',
      '  DB.exec(<<~SQL, id: id) # expect: scans-all [ar1a]',
      '    UPDATE leads SET status = 1',
      '    WHERE id = :id',
      '  SQL',
      '  Lead.where(id: id).to_a # expect: prunes [ar1b]',
      '  conn.select_all(<<-EOS) # expect: scans-all [ar1c]',
      '    SELECT 1',
      'EOS',
      'end',
    ].join('\n'),
  });
  try {
    const labels = labelsOf('activerecord', 'c', dir);
    assert.deepEqual(labels.map((l) => [l.id, l.firstLine, l.line, l.lastLine]), [
      ['ar1a', 2, 2, 5],
      ['ar1b', 6, 6, 6],
      ['ar1c', 7, 7, 9],
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an object entry holding a function starts its own statement; a call argument object does not', () => {
  const dir = caseDir({
    'resolvers.js': [
      'export const resolvers = {',
      '  Campaign: {',
      '    leads: async campaign =>',
      '      r.knex("leads")',
      '        .limit(100), // expect: scans-all [kx1a]',
      '  },',
      '  RootQuery: {',
      '    campaigns: async (_, __, { user }) =>',
      '      listActive(user.id), // expect: prunes [kx1b] cross',
      '    one: function (id) { return find(id); }, // expect: prunes [kx1c] cross',
      '  }',
      '};',
      'models.Lead.findOne({',
      '  where: { id: leadId }',
      '}).then(function (lead) { // expect: scans-all [kx1d]',
      '});',
    ].join('\n'),
  });
  try {
    const labels = labelsOf('knex', 'c', dir);
    assert.deepEqual(labels.map((l) => [l.id, l.firstLine, l.line]), [
      ['kx1a', 3, 5],
      ['kx1b', 8, 9],
      ['kx1c', 10, 10],
      ['kx1d', 13, 15],
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a template literal the labelled line closes belongs to its statement; a closed one on one line does not reach up', () => {
  const dir = caseDir({
    'monthly.ts': [
      'export const monthly = async (userId: number) => {',
      '  const rows = await prisma.$queryRaw<Row[]>`',
      '    SELECT count(*)',
      '    FROM "leads"',
      '    WHERE "user_id" = ${userId}',
      '  `; // expect: scans-all [pr1a]',
      '  const one = await prisma.$queryRaw`SELECT 1 FROM leads`; // expect: scans-all [pr1b]',
      '  return rows;',
      '};',
    ].join('\n'),
  });
  try {
    const labels = labelsOf('prisma', 'c', dir);
    assert.deepEqual(labels.map((l) => [l.id, l.firstLine, l.line]), [
      ['pr1a', 2, 6],
      ['pr1b', 7, 7],
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
