// Parser coverage and speed on the SQL installed with PostgreSQL on this machine
// (/usr/share/postgresql/**.sql: information_schema, extension scripts …) plus the test
// fixtures' SQL, through the project's own SQL layer (split → placeholders → libpg-query).
//
//   node --import tsx bench/parser-coverage.ts [DIR_OR_FILE ...]
//
// Prints statements, the share that parsed, MB and MB/s, statements by kind, partition DDL
// counts, and how long the workspace catalog takes on the same text. Extension scripts use
// `@extschema@`-style markers that PostgreSQL substitutes at CREATE EXTENSION time; the
// bench substitutes them the same way (with `public`) before parsing.
import fs from 'node:fs';
import path from 'node:path';
import { ensureParserLoaded, parseSql, type AstNode } from '../server/src/engine/sql/parse';
import { extractDdl } from '../server/src/engine/catalog/ddl';

function sqlFiles(p: string, out: string[] = []): string[] {
  if (!fs.existsSync(p)) return out;
  const st = fs.statSync(p);
  if (st.isFile()) {
    if (p.endsWith('.sql')) out.push(p);
    return out;
  }
  for (const e of fs.readdirSync(p).sort()) sqlFiles(path.join(p, e), out);
  return out;
}

function kindOf(ast: AstNode): string {
  const t = Object.keys(ast)[0] ?? '?';
  if (t === 'InsertStmt') return ast.InsertStmt.selectStmt?.SelectStmt?.valuesLists ? 'InsertStmt (VALUES)' : 'InsertStmt (SELECT)';
  return t;
}

/** Partition DDL found in a statement's AST. */
function partitionDdl(ast: AstNode): string[] {
  const out: string[] = [];
  const c = ast.CreateStmt;
  if (c?.partspec) out.push('PARTITION BY');
  if (c?.partbound) out.push('PARTITION OF … FOR VALUES');
  for (const cmd of ast.AlterTableStmt?.cmds ?? []) {
    const sub = cmd.AlterTableCmd?.subtype;
    if (sub === 'AT_AttachPartition') out.push(ast.AlterTableStmt.objtype === 'OBJECT_INDEX' ? 'ATTACH PARTITION (index)' : 'ATTACH PARTITION');
    if (sub === 'AT_DetachPartition' || sub === 'AT_DetachPartitionFinalize') out.push('DETACH PARTITION');
  }
  return out;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  await ensureParserLoaded();
  const loadMs = performance.now() - t0;
  const roots = process.argv.slice(2);
  const here = path.dirname(new URL(import.meta.url).pathname);
  const inputs = roots.length ? roots : ['/usr/share/postgresql', path.join(here, '..', 'test', 'fixtures')];
  const files = inputs.flatMap((r) => sqlFiles(r));
  if (files.length === 0) {
    console.log(`no .sql files under ${inputs.join(', ')}`);
    return;
  }
  const texts = files.map((f) => fs.readFileSync(f, 'utf8').replace(/@extschema(?::[a-z_]+)?@/g, 'public'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

  let statements = 0;
  let errors = 0;
  const kinds = new Map<string, number>();
  const partition = new Map<string, number>();
  const failures = new Map<string, number>();
  const p0 = performance.now();
  for (const text of texts) {
    const r = parseSql(text, { placeholders: false });
    statements += r.statements.length + r.errors.length;
    errors += r.errors.length;
    for (const s of r.statements) {
      const k = kindOf(s.ast);
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
      for (const p of partitionDdl(s.ast)) partition.set(p, (partition.get(p) ?? 0) + 1);
    }
    for (const e of r.errors) {
      const m = e.message.replace(/"[^"]*"/g, '"…"');
      failures.set(m, (failures.get(m) ?? 0) + 1);
    }
  }
  const parseMs = performance.now() - p0;

  const c0 = performance.now();
  let ops = 0;
  for (const text of texts) ops += extractDdl(text).ops.length;
  const catalogMs = performance.now() - c0;

  const mb = bytes / 1e6;
  console.log(`files: ${files.length} (${inputs.join(', ')})`);
  console.log(`input: ${mb.toFixed(2)} MB`);
  console.log(`parser load: ${loadMs.toFixed(0)} ms`);
  console.log(`statements: ${statements}, parsed: ${statements - errors} (${((100 * (statements - errors)) / statements).toFixed(2)} %), failed: ${errors}`);
  console.log(`split + parse: ${parseMs.toFixed(0)} ms = ${(mb / (parseMs / 1000)).toFixed(2)} MB/s`);
  console.log(`catalog extraction (pre-filtered): ${catalogMs.toFixed(0)} ms = ${(mb / (catalogMs / 1000)).toFixed(2)} MB/s, ${ops} catalog operations`);
  console.log('partition DDL statements:');
  for (const [k, n] of [...partition].sort()) console.log(`  ${k}: ${n}`);
  console.log('statements by kind (top 12):');
  for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${k}: ${n}`);
  if (failures.size) {
    console.log('parse failures by message:');
    for (const [m, n] of [...failures].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${n} × ${m}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
