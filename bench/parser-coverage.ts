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
import { parseSync } from 'libpg-query';
import { ensureParserLoaded, parseSql, splitStatements, type AstNode } from '../server/src/engine/sql/parse';
import { extractDdl } from '../server/src/engine/catalog/ddl';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';

/**
 * A pg_dump-style structure file: `tables` partitioned tables with `parts` monthly partitions
 * each (CREATE TABLE + ALTER TABLE ONLY … ATTACH PARTITION), plus indexes and functions.
 */
function generatedDump(tables: number, parts: number): string {
  const out: string[] = ["SELECT pg_catalog.set_config('search_path', '', false);"];
  for (let t = 0; t < tables; t++) {
    out.push(`CREATE TABLE public.t${t} (\n    id bigint NOT NULL,\n    user_id bigint,\n    created_at timestamp with time zone NOT NULL\n)\nPARTITION BY RANGE (created_at);`);
    out.push(`CREATE FUNCTION public.f${t}(a integer) RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN a + ${t}; END; $$;`);
    for (let p = 0; p < parts; p++) {
      const y = 2020 + Math.floor(p / 12);
      const m = (p % 12) + 1;
      const from = `${y}-${String(m).padStart(2, '0')}-01 00:00:00+00`;
      const to = m === 12 ? `${y + 1}-01-01 00:00:00+00` : `${y}-${String(m + 1).padStart(2, '0')}-01 00:00:00+00`;
      out.push(`CREATE TABLE public.t${t}_p${p} (\n    id bigint NOT NULL,\n    user_id bigint,\n    created_at timestamp with time zone NOT NULL\n);`);
      out.push(`ALTER TABLE ONLY public.t${t} ATTACH PARTITION public.t${t}_p${p} FOR VALUES FROM ('${from}') TO ('${to}');`);
      out.push(`CREATE INDEX t${t}_p${p}_user_id_idx ON public.t${t}_p${p} USING btree (user_id);`);
    }
  }
  return out.join('\n\n') + '\n';
}

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
  const texts = files.map((f) => fs.readFileSync(f, 'utf8').replace(/@extschema(?::[a-z_]+)?@/g, 'public').replace(/@extowner@/g, 'postgres'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

  let statements = 0;
  let errors = 0;
  const kinds = new Map<string, number>();
  const partition = new Map<string, number>();
  const failures = new Map<string, number>();
  const perRoot = new Map<string, { statements: number; errors: number }>();
  const failed: string[] = [];
  const p0 = performance.now();
  for (const [fi, text] of texts.entries()) {
    const r = parseSql(text);
    statements += r.statements.length + r.errors.length;
    errors += r.errors.length;
    const root = inputs.find((x) => files[fi]!.startsWith(x)) ?? '?';
    const pr = perRoot.get(root) ?? { statements: 0, errors: 0 };
    pr.statements += r.statements.length + r.errors.length;
    pr.errors += r.errors.length;
    perRoot.set(root, pr);
    for (const e of r.errors) failed.push(`${files[fi]}: ${e.message}: ${e.piece.text.slice(0, 80).replace(/\s+/g, ' ')}`);
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
  const coldMs = performance.now() - p0;
  // The WebAssembly parser and the splitter get much faster once V8 has optimised them (a
  // language server runs for hours): report the best of a few warm passes as well.
  let parseMs = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const w0 = performance.now();
    for (const text of texts) parseSql(text);
    parseMs = Math.min(parseMs, performance.now() - w0);
  }

  // The bare WebAssembly parser on the same statements: what the SQL layer adds on top of it.
  const pieces = texts.flatMap((t) => splitStatements(t).map((p) => p.text));
  let rawMs = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const r0 = performance.now();
    for (const p of pieces) {
      try {
        parseSync(p);
      } catch {
        // Counted above.
      }
    }
    rawMs = Math.min(rawMs, performance.now() - r0);
  }

  let ops = 0;
  let catalogMs = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const c0 = performance.now();
    ops = 0;
    for (const text of texts) ops += extractDdl(text).ops.length;
    catalogMs = Math.min(catalogMs, performance.now() - c0);
  }

  const mb = bytes / 1e6;
  console.log(`files: ${files.length} (${inputs.join(', ')})`);
  console.log(`input: ${mb.toFixed(2)} MB`);
  console.log(`parser load: ${loadMs.toFixed(0)} ms`);
  for (const [root, pr] of perRoot) {
    console.log(`  ${root}: ${pr.statements} statements, ${(100 * (pr.statements - pr.errors) / pr.statements).toFixed(2)} % parsed`);
  }
  console.log(`statements: ${statements}, parsed: ${statements - errors} (${((100 * (statements - errors)) / statements).toFixed(2)} %), failed: ${errors}`);
  console.log(`split + parse, first pass (cold JIT): ${coldMs.toFixed(0)} ms = ${(mb / (coldMs / 1000)).toFixed(2)} MB/s`);
  console.log(`split + placeholders + parse, warm (best of 3): ${parseMs.toFixed(0)} ms = ${(mb / (parseMs / 1000)).toFixed(2)} MB/s`);
  console.log(`bare libpg-query parseSync on the same statements, warm: ${rawMs.toFixed(0)} ms = ${(mb / (rawMs / 1000)).toFixed(2)} MB/s (the SQL layer adds ${(100 * (parseMs / rawMs - 1)).toFixed(0)} %)`);
  console.log(`catalog extraction (pre-filtered, warm): ${catalogMs.toFixed(0)} ms = ${(mb / (catalogMs / 1000)).toFixed(2)} MB/s, ${ops} catalog operations`);
  console.log('partition DDL statements:');
  for (const [k, n] of [...partition].sort()) console.log(`  ${k}: ${n}`);
  console.log('statements by kind (top 12):');
  for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${k}: ${n}`);
  // A large schema dump, as the language server re-reads it when db/structure.sql changes.
  const dump = generatedDump(100, 48);
  const dumpMb = Buffer.byteLength(dump) / 1e6;
  let dumpMs = Infinity;
  let learned = 0;
  for (let pass = 0; pass < 3; pass++) {
    const d0 = performance.now();
    const ws = new WorkspaceCatalog();
    ws.setFile('db/structure.sql', dump, 'sql');
    learned = ws.snapshot().tables().reduce((n, t) => n + t.partitions.length, 0);
    dumpMs = Math.min(dumpMs, performance.now() - d0);
  }
  console.log(
    `generated pg_dump structure.sql (100 tables × 48 partitions, ${dumpMb.toFixed(2)} MB): catalog in ${dumpMs.toFixed(0)} ms = ${(dumpMb / (dumpMs / 1000)).toFixed(2)} MB/s, ${learned} partitions`,
  );
  if (failures.size) {
    console.log('parse failures by message:');
    for (const [m, n] of [...failures].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${n} × ${m}`);
    for (const f of failed.slice(0, 10)) console.log(`  ${f}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
