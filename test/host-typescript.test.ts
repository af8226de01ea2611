// The TypeScript / JavaScript host module: models → tables, ORM queries and embedded SQL →
// findings at exact ranges. Expected findings are caret lines in the fixture files
// (`//   ^^^^ partition-key-missing` under the range on the line above); every other line
// must stay silent, so the fixtures assert both what is found and what is not.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';
import { LineIndex, type Finding } from '../server/src/engine/finding';
import { checkFile, loadEngine } from '../server/src/engine/index';
import { hostFor } from '../server/src/engine/host/index';
import type { HostModule } from '../server/src/engine/host/types';
import { parseTs } from '../server/src/engine/host/typescript/ast';
import { embeddedFragments } from '../server/src/engine/host/typescript/embedded';
import { modelsFromPrisma, modelsFromTs, sequelizePluralize, snakeCase } from '../server/src/engine/host/typescript/models';
import { parsePrismaSchema } from '../server/src/engine/host/typescript/prisma-schema';
import { registry, scanTypeScript } from '../server/src/engine/host/typescript/index';
import { renderQuery } from '../server/src/engine/query/render';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'ts-app');

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out.sort();
}

interface Expected {
  line: number;
  start: number;
  end: number;
  code: string;
}

/** Caret lines (`//  ^^^ code` or `--  ^^^ code`) → expected findings on the nearest code line above. */
export function caretExpectations(text: string): Expected[] {
  const lines = text.split('\n');
  const out: Expected[] = [];
  let target = -1;
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)(\/\/|--)(\s*)(\^+) (\S+)\s*$/.exec(lines[i]!);
    if (!m) {
      target = i;
      continue;
    }
    // Carets align with the line above visually, one per code point; findings count UTF-16 units.
    const cp = m[1]!.length + m[2]!.length + m[3]!.length;
    const units = (n: number): number => [...lines[target]!].slice(0, n).join('').length;
    out.push({ line: target, start: units(cp), end: units(cp + m[4]!.length), code: m[5]! });
  }
  return out;
}

function actual(text: string, findings: readonly Finding[]): Expected[] {
  const li = new LineIndex(text);
  return findings.map((f) => {
    const s = li.position(f.start);
    const e = li.position(f.end);
    assert.equal(s.line, e.line, 'a host finding spans one line');
    return { line: s.line, start: s.character, end: e.character, code: f.code };
  });
}

const key = (e: Expected): string => `${e.line + 1}:${e.start + 1}-${e.end + 1} ${e.code}`;

let host: HostModule;
let catalog: CatalogSnapshot;

before(async () => {
  await loadEngine();
  host = hostFor('typescript')!;
  assert.ok(host, 'the TypeScript host module registers itself');
  const ws = new WorkspaceCatalog();
  for (const f of walk(ROOT)) {
    const text = fs.readFileSync(f, 'utf8');
    if (f.endsWith('.sql')) ws.setFile(f, text, 'sql');
    else if (/\.(ts|js)$/.test(f)) ws.setFile(f, text, 'typescript');
    if (host.claimsFile?.(f)) host.indexFile?.(f, text);
  }
  catalog = ws.snapshot();
});

void describe('TypeScript host: fixture workspace', () => {
  void it('learns partitioned tables from db/structure.sql and the knex migration DDL', () => {
    const names = catalog.tables().map((t) => `${t.schema}.${t.name}:${t.strategy}`);
    assert.deepEqual(names, ['public.agent_outputs:range', 'public.campaigns:hash', 'public.events:range', 'public.leads:range']);
    const events = catalog.lookup(undefined, 'events')!;
    assert.equal(events.partitions.length, 1);
  });

  for (const file of ['prisma.ts', 'knex.ts', 'drizzle.ts', 'kysely.ts', 'sequelize.ts', 'typeorm.ts', 'embedded.ts', 'locals.ts', 'locals-typeorm.ts', 'objection.ts']) {
    void it(`reports exactly the marked findings in src/queries/${file}`, () => {
      const p = path.join(ROOT, 'src', 'queries', file);
      const text = fs.readFileSync(p, 'utf8');
      const r = checkFile(p, text, catalog);
      assert.equal(r.internalError, undefined);
      const want = caretExpectations(text).map(key).sort();
      const got = actual(text, r.findings).map(key).sort();
      assert.ok(want.length > 0);
      assert.deepEqual(got, want);
      for (const f of r.findings) assert.equal(f.fix?.language, 'typescript');
    });
  }

  void it('reports the line after `// partition-lens-disable-next-line`, which the engine then suppresses', () => {
    const p = path.join(ROOT, 'src', 'queries', 'prisma.ts');
    const text = fs.readFileSync(p, 'utf8');
    const li = new LineIndex(text);
    const commentLine = li.position(text.indexOf('// partition-lens-disable-next-line')).line;
    const raw = host.check(text, catalog, { fileName: p }).findings.map((f) => li.position(f.start).line);
    assert.ok(raw.includes(commentLine + 1), 'the module reports the suppressed query on the next line');
    assert.ok(!checkFile(p, text, catalog).findings.some((f) => li.position(f.start).line === commentLine + 1));
  });

  void it('incremental re-checks after random edits agree with fresh checks (also around non-ASCII text)', () => {
    const base = ['prisma.ts', 'drizzle.ts', 'embedded.ts'].map((f) => fs.readFileSync(path.join(ROOT, 'src', 'queries', f), 'utf8')).join('\n');
    let seed = 12345;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const inserts = ['x', '{', '}', '\n', "await knex('leads').where('company', 'q');\n", 'é😀', '`', "'", '(', ' '];
    let cur = base;
    const shape = (fs_: readonly Finding[]): string[] => fs_.map((f) => `${f.start}-${f.end} ${f.code}`);
    for (let i = 0; i < 40; i++) {
      const at = rnd(cur.length);
      if (rnd(3) === 0) cur = cur.slice(0, at) + cur.slice(Math.min(cur.length, at + 1 + rnd(30)));
      else cur = cur.slice(0, at) + inserts[rnd(inserts.length)]! + cur.slice(at);
      const incremental = host.check(cur, catalog, { fileName: '/virtual/incremental.ts' });
      const fresh = host.check(cur, catalog, { fileName: `/virtual/fresh-${i}.ts` });
      assert.deepEqual(shape(incremental.findings), shape(fresh.findings), `after edit ${i} at ${at}`);
    }
    for (let i = 0; i < 40; i++) host.removeFile?.(`/virtual/fresh-${i}.ts`);
    host.removeFile?.('/virtual/incremental.ts');
  });

  void it('claims schema.prisma and TS/JS files, but not declaration files', () => {
    assert.equal(host.claimsFile?.('/x/prisma/schema.prisma'), true);
    assert.equal(host.claimsFile?.('/x/a.mjs'), true);
    assert.equal(host.claimsFile?.('/x/a.d.ts'), false);
    assert.equal(host.claimsFile?.('/x/a.rb'), false);
  });
});

void describe('TypeScript host: models → tables → columns', () => {
  void it('reads Prisma models with @@map, @map, @@schema, compound ids and relations', () => {
    const src = fs.readFileSync(path.join(ROOT, 'prisma', 'schema.prisma'), 'utf8');
    const models = parsePrismaSchema(src);
    assert.deepEqual(
      models.map((m) => [m.name, m.schema ?? '', m.table]),
      [
        ['Lead', 'public', 'leads'],
        ['AgentOutput', 'public', 'agent_outputs'],
        ['Campaign', 'public', 'campaigns'],
        ['AuditLog', 'audit', 'audit_log'],
      ],
    );
    const ao = modelsFromPrisma(src)[1]!;
    assert.deepEqual(ao.names, ['agentOutput']);
    assert.equal(ao.columns.get('createdAt'), 'created_at');
    assert.equal(ao.columns.get('leadId'), 'lead_id');
    assert.ok(ao.relations.has('lead'));
    assert.deepEqual(ao.compoundKeys.get('id_createdAt'), ['id', 'createdAt']);
    const lead = models[0]!;
    assert.equal(lead.fields.find((f) => f.name === 'status')?.relation, false, 'enum fields are scalar columns');
  });

  void it('never throws on half-typed Prisma schemas', () => {
    for (const s of ['model', 'model Lead {', 'model Lead {\n  id Int @map("', '@@map("x")', 'model A { id Int @@map(', '"unterminated']) {
      assert.doesNotThrow(() => parsePrismaSchema(s));
    }
    assert.deepEqual(parsePrismaSchema('model Lead {\n  createdAt DateTime @map("created_at")')[0]?.fields[0]?.column, 'created_at');
  });

  void it('reads Drizzle, Sequelize and TypeORM declarations', () => {
    const load = (f: string) => modelsFromTs(parseTs(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    const drizzle = load('src/db/schema.ts');
    assert.deepEqual(
      drizzle.map((m) => [m.names[0], m.schema ?? '', m.table, m.columns.get('createdAt') ?? '']),
      [
        ['leads', '', 'leads', 'created_at'],
        ['agentOutputs', '', 'agent_outputs', 'created_at'],
        ['campaigns', '', 'campaigns', ''],
        ['auditLog', 'audit', 'audit_log', ''],
      ],
    );
    const seq = load('src/models/sequelize.ts');
    assert.deepEqual(
      seq.map((m) => [m.modelName, m.table, m.columns.get('createdAt'), m.columns.get('userId') ?? '']),
      [
        ['Lead', 'leads', 'created_at', 'user_id'],
        ['AgentOutput', 'agent_outputs', 'created_at', ''],
        ['Campaign', 'campaigns', 'createdAt', 'user_id'],
      ],
    );
    const typeorm = load('src/entities/entities.ts');
    assert.deepEqual(
      typeorm.map((m) => [m.modelName, m.schema ?? '', m.table, m.columns.get('createdAt') ?? '']),
      [
        ['Lead', '', 'leads', 'created_at'],
        ['AgentOutput', 'public', 'agent_outputs', 'created_at'],
        ['Campaign', '', 'campaign', ''],
      ],
    );
  });

  void it('indexFile learns declarations that span statements (Model.init after the class, pgSchema const)', () => {
    assert.equal(registry.find('sequelize', 'AgentOutput')?.table, 'agent_outputs');
    assert.equal(registry.find('drizzle', 'auditLog')?.schema, 'audit');
    assert.equal(registry.find('typeorm', 'Campaign')?.table, 'campaign');
    assert.equal(registry.find('prisma', 'agentOutput')?.table, 'agent_outputs');
  });

  void it('reads an inline pgSchema(…).table(…) and a callback column list', () => {
    const ms = modelsFromTs(parseTs("export const ev = pgSchema('events').table('ev', (t) => ({ at: t.timestamp('happened_at') }));"));
    assert.deepEqual(ms.map((m) => [m.schema, m.table, m.columns.get('at')]), [['events', 'ev', 'happened_at']]);
  });

  void it('follows the naming rules of the frameworks', () => {
    assert.equal(snakeCase('AgentOutput'), 'agent_output');
    assert.equal(snakeCase('createdAt'), 'created_at');
    assert.equal(snakeCase('HTTPRequest'), 'http_request');
    assert.equal(sequelizePluralize('Company'), 'Companies');
    assert.equal(sequelizePluralize('Lead'), 'Leads');
    assert.equal(sequelizePluralize('Box'), 'Boxes');
  });

  void it('forgets a removed file', () => {
    const f = '/virtual/other.prisma';
    host.indexFile?.(f, 'model Thing {\n id Int @id\n @@map("leads")\n}');
    assert.ok(registry.find('prisma', 'thing'));
    host.removeFile?.(f);
    assert.equal(registry.find('prisma', 'thing'), undefined);
  });
});

void describe('TypeScript host: synthesized SQL', () => {
  const sqlOf = (src: string): string[] => scanTypeScript(src).queries.map((q) => renderQuery(q.model, { k: 'select' }).toString());

  void it('translates Prisma filters to the SQL Prisma sends', () => {
    assert.deepEqual(sqlOf(`await prisma.lead.findMany({ where: { company: 'x', createdAt: { gte: a, lt: b } } })`), [
      'SELECT "public"."leads".* FROM "public"."leads" WHERE (("company" = $1) AND (("created_at" >= $2) AND ("created_at" < $3)))',
    ]);
    assert.deepEqual(sqlOf(`await prisma.lead.findMany({ where: { OR: [{ createdAt: { in: [a, b] } }, { status: null }], NOT: { userId: 5 } } })`), [
      'SELECT "public"."leads".* FROM "public"."leads" WHERE ((("created_at" IN ($1, $2)) OR ("status" IS NULL)) AND (NOT ("user_id" = $3)))',
    ]);
  });

  void it('translates Knex, Drizzle, Kysely, Sequelize and TypeORM', () => {
    assert.deepEqual(sqlOf(`const knex = require('knex'); await knex('leads as l').where('l.created_at', '>=', a).orWhereIn('company', ['x'])`), [
      'SELECT "l".* FROM "leads" AS "l" WHERE ("l"."created_at" >= $1 or "company" in ($2))',
    ]);
    assert.deepEqual(sqlOf(`import { and, eq, gte } from 'drizzle-orm';\nawait db.select().from(leads).where(and(eq(leads.company, 'x'), between(leads.createdAt, a, b)))`), [
      'SELECT "leads".* FROM "leads" WHERE (("leads"."company" = $1 and "leads"."created_at" between $2 and $3))',
    ]);
    assert.deepEqual(sqlOf(`await db.deleteFrom('leads').where('created_at', '<', a).execute()`), ['SELECT "leads".* FROM "leads" WHERE (("created_at" < $1))']);
    assert.deepEqual(sqlOf(`await Lead.findAll({ where: { createdAt: { [Op.between]: [a, b] } } })`), [
      'SELECT "Lead".* FROM "leads" AS "Lead" WHERE ("Lead"."created_at" BETWEEN $1 AND $2)',
    ]);
    assert.deepEqual(sqlOf(`import { Repository } from 'typeorm'; const r: Repository<Lead> = x; await r.createQueryBuilder('l').where('l.createdAt >= :from AND l.id IN (:...ids)', {}).getMany()`), [
      'SELECT "l".* FROM "leads" AS "l" WHERE (("l"."created_at" >= $1 AND "l"."id" IN (($2))))',
    ]);
  });

  void it('ends ORM messages with advice in the ORM’s own syntax', () => {
    const msg = (src: string): string => checkFile('m.ts', src, catalog).findings[0]?.message ?? '';
    assert.match(msg(`await prisma.lead.findMany({ where: { company: 'x' } });`), /In Prisma: add createdAt: \{ gte: … \} to the where\.$/);
    assert.match(msg(`import { and, eq, gte } from 'drizzle-orm';\nawait db.select().from(leads);`), /In Drizzle: add gte\(leads\.createdAt, …\) to the where\.$/);
    assert.match(msg(`await prisma.campaign.findMany();`), /In Prisma: add userId: … to the where\.$/);
    assert.match(msg(`await Lead.findAll();`), /In Sequelize: add createdAt: \{ \[Op\.gte\]: … \} to the where\.$/);
  });

  void it('does not take look-alikes in files that never mention the ORM for ORM queries', () => {
    // `leads` here is an array and `lead` a plain object; the workspace's Drizzle / Prisma names do not apply.
    assert.deepEqual(sqlOf(`store.update(leads); await state.lead.update({ where: { id: 1 } }); q.select().from(leads);`), []);
  });

  void it('skips what it cannot see instead of guessing', () => {
    const r = scanTypeScript(`await prisma.lead.findMany(args); await prisma.lead.findMany({ where: w }); await Lead.findAll({ where: { [key]: 1 } });`);
    assert.equal(r.queries.length, 0);
    assert.equal(r.skipped.length, 3);
  });

  void it('reads a where/args object from a const used once, not one that is changed or used elsewhere', () => {
    assert.deepEqual(sqlOf(`async function f(kind) { const where = { kind }; return await AgentOutput.findAll({ where, limit: 50 }); }`), [
      'SELECT "AgentOutput".* FROM "agent_outputs" AS "AgentOutput" WHERE ("AgentOutput"."kind" = $1)',
    ]);
    assert.deepEqual(sqlOf(`async function f(c) { const args = { where: { company: c } }; return prisma.lead.findMany(args); }`), [
      'SELECT "public"."leads".* FROM "public"."leads" WHERE ("company" = $1)',
    ]);
    // Changed after its declaration (a key condition may be added): not read.
    assert.deepEqual(sqlOf(`async function f(kind, since) { const where = { kind }; where.createdAt = { [Op.gte]: since }; return AgentOutput.findAll({ where }); }`), []);
    // Passed to another function too: not read.
    assert.deepEqual(sqlOf(`async function f(c) { const args = { where: { company: c } }; addKey(args); return prisma.lead.findMany(args); }`), []);
  });

  void it('never throws on half-typed code', () => {
    const bits = [
      'await prisma.lead.findMany({ where: { createdAt: { gte: ',
      "knex('leads').where('created_at', '>=',",
      'db.select().from(leads).where(and(eq(leads.',
      'sql`SELECT * FROM leads WHERE ${',
      "pool.query('SELECT * FROM leads",
      '@Entity(\nclass',
      "Lead.findAll({ where: { [Op.",
      '',
    ];
    for (const b of bits) {
      assert.doesNotThrow(() => checkFile('x.ts', b, catalog), b);
      const r = checkFile('x.ts', b, catalog);
      assert.equal(r.internalError, undefined, b);
    }
  });
});

void describe('TypeScript host: embedded SQL', () => {
  void it('replaces ${…} with $n of the same length and maps offsets back, also after non-ASCII text', () => {
    const src = 'const é = "😀"; await sql`SELECT * FROM leads WHERE a = ${x} AND b = ${long.name}`;';
    const [f] = embeddedFragments(parseTs(src), false).fragments;
    assert.ok(f);
    assert.equal(f.text, 'SELECT * FROM leads WHERE a = $1   AND b = $2          ');
    const at = f.text.indexOf('leads');
    assert.equal(f.mapOffset(at), src.indexOf('leads'));
    assert.equal(f.mapOffset(f.text.indexOf('$2')), src.indexOf('${long'));
  });

  void it('marks migration DDL for the catalog and returns no query fragments from .prisma files', () => {
    const mig = fs.readFileSync(path.join(ROOT, 'migrations', '20240101000000_create_leads.js'), 'utf8');
    const frags = host.sqlFragments(mig, path.join(ROOT, 'migrations', '20240101000000_create_leads.js'));
    assert.deepEqual(frags.map((f) => f.ddl), [true, true, false], "DDL of down() is not learned");
    assert.deepEqual(host.sqlFragments('model A {}', 'schema.prisma'), []);
  });

  void it('reads TypeORM and Sequelize migrations: up() DDL is learned, down() DDL is not', () => {
    const typeorm = [
      "import { MigrationInterface, QueryRunner } from 'typeorm';",
      'export class CreateEvents1700000000000 implements MigrationInterface {',
      '  public async up(queryRunner: QueryRunner): Promise<void> {',
      '    await queryRunner.query(`CREATE TABLE events (id bigint, at timestamptz NOT NULL) PARTITION BY RANGE (at)`);',
      '  }',
      '  public async down(queryRunner: QueryRunner): Promise<void> {',
      '    await queryRunner.query(`DROP TABLE events`);',
      '  }',
      '}',
    ].join('\n');
    assert.deepEqual(host.sqlFragments(typeorm, 'src/migrations/1700000000000-CreateEvents.ts').map((f) => [f.ddl, f.text.slice(0, 18)]), [
      [true, 'CREATE TABLE event'],
      [false, 'DROP TABLE events'],
    ]);
    const sequelize = [
      'module.exports = {',
      '  async up(queryInterface) {',
      "    await queryInterface.sequelize.query('CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM (1) TO (2)');",
      '  },',
      '  async down(queryInterface) {',
      "    await queryInterface.sequelize.query('DROP TABLE events_2024');",
      '  },',
      '};',
    ].join('\n');
    assert.deepEqual(host.sqlFragments(sequelize, 'db/migrate/20240101-events.js').map((f) => f.ddl), [true, false]);
    // Outside a migration, DDL strings are not schema the catalog should learn.
    assert.deepEqual(host.sqlFragments("await pool.query('CREATE TABLE t (a int)');", 'src/setup.ts').map((f) => f.ddl), [false]);
  });
});


/** Fills a snippet's tab stops the way a user would (with names), giving the code the edit leaves. */
function fillSnippet(text: string): string {
  return text.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\\(.)/g, '$1');
}

void describe('TypeScript host: quick fixes (snippets: the user fills the values)', () => {
  const apply = (text: string, edits: readonly { start: number; end: number; newText: string; snippet?: boolean }[]): string => {
    let out = text;
    for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + (e.snippet ? fillSnippet(e.newText) : e.newText) + out.slice(e.end);
    return out;
  };
  const fixed = (src: string): string[] => {
    const r = checkFile('q.ts', src, catalog);
    assert.equal(r.findings.length, 1, src);
    return host.quickFixes!(src, r.findings[0]!).map((f) => apply(src, f.edits));
  };

  void it('adds a createdAt condition to a Prisma where, or a where when there is none', () => {
    const [a, sup] = fixed(`async function f() {\n  await prisma.lead.findMany({ where: { company: 'x' } });\n}\n`);
    assert.equal(a, `async function f() {\n  await prisma.lead.findMany({ where: { createdAt: { gte: from, lt: to }, company: 'x' } });\n}\n`);
    assert.equal(sup, `async function f() {\n  // partition-lens-disable-next-line\n  await prisma.lead.findMany({ where: { company: 'x' } });\n}\n`);
    assert.equal(fixed(`await prisma.lead.findMany({ take: 5 });`)[0], `await prisma.lead.findMany({ where: { createdAt: { gte: from, lt: to } }, take: 5 });`);
    assert.equal(fixed(`await prisma.lead.findMany();`)[0], `await prisma.lead.findMany({ where: { createdAt: { gte: from, lt: to } } });`);
    assert.equal(fixed(`await prisma.campaign.findMany({ where: {} });`)[0], `await prisma.campaign.findMany({ where: { userId: value } });`);
  });

  void it('adds gte/lt(table.createdAt, …) to a Drizzle where and .where(…) to Knex and Kysely', () => {
    assert.equal(
      fixed(`import { and, eq, gte } from 'drizzle-orm';\nawait db.select().from(leads).where(and(eq(leads.company, 'x')));`)[0],
      `import { and, eq, gte } from 'drizzle-orm';\nawait db.select().from(leads).where(and(eq(leads.company, 'x'), gte(leads.createdAt, from), lt(leads.createdAt, to)));`,
    );
    assert.equal(
      fixed(`import { and, eq, gte } from 'drizzle-orm';\nawait db.select().from(leads).where(eq(leads.company, 'x'));`)[0],
      `import { and, eq, gte } from 'drizzle-orm';\nawait db.select().from(leads).where(and(eq(leads.company, 'x'), gte(leads.createdAt, from), lt(leads.createdAt, to)));`,
    );
    assert.equal(fixed(`import { and, eq, gte } from 'drizzle-orm';\nawait db.select().from(leads);`)[0], `import { and, eq, gte } from 'drizzle-orm';\nawait db.select().from(leads).where(and(gte(leads.createdAt, from), lt(leads.createdAt, to)));`);
    assert.equal(
      fixed(`import knex from 'knex';\nawait knex('leads').where('company', 'x');`)[0],
      `import knex from 'knex';\nawait knex('leads').where('created_at', '>=', from).where('created_at', '<', to).where('company', 'x');`,
    );
    assert.equal(
      fixed(`await db.selectFrom('leads').selectAll().execute();`)[0],
      `await db.selectFrom('leads').where('created_at', '>=', from).where('created_at', '<', to).selectAll().execute();`,
    );
  });

  void it('fixed code has no finding any more', () => {
    for (const src of [`await prisma.lead.findMany({ where: { company: 'x' } });`, `import { and, eq, gte } from 'drizzle-orm';\nawait db.select().from(leads).where(eq(leads.company, 'x'));`, `import knex from 'knex';\nawait knex('leads').where('company', 'x');`]) {
      const after = fixed(src)[0]!;
      assert.deepEqual(checkFile('q.ts', after, catalog).findings, [], after);
    }
  });
});
