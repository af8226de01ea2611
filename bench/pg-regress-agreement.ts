/**
 * Agreement with the planner on a psql script (e.g. one of PostgreSQL's regression tests, which
 * this repository does not ship: pass their paths). Each file runs, statement by statement, in a
 * fresh database on every throwaway server (PostgreSQL 15 and 18, or the URLs in --urls FILE, a
 * JSON list of { major, url }). Every SELECT/UPDATE/DELETE/MERGE (and the query of every EXPLAIN,
 * EXECUTE resolved to its PREPARE) that reads a partitioned table is planned with EXPLAIN, and
 * each reference is labelled "scans every leaf" from the plan; the analysis judges the same text
 * against the live catalog. Prints precision/recall per file and server, and the disagreements.
 *
 *   node --import tsx bench/pg-regress-agreement.ts [--urls FILE] [--quiet] [--versionless] [--ddl] FILE.sql…
 *
 * Statements run under a non-default pruning setting (enable_partition_pruning off,
 * constraint_exclusion on) are not judged. `runtime-only` findings (information) count as "not
 * reported"; the plans that scan every leaf while the analysis says runtime-only are counted apart.
 * A reference to a table whose row-level security applies to the script's current role is not
 * judged (counted as `rls`): its policies add conditions the query's text does not show, and
 * which ones depends on the role (rowsecurity.sql prunes for one user through `USING (cid < 55)`).
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
// @ts-expect-error plain ESM helper without type declarations
import { startAllServers } from '../test/helpers/postgres-servers.mjs';
import { loadCatalog } from '../server/src/db/introspect';
import { CatalogSnapshot, catalogListing, leafPartitions, type PartitionedTable } from '../server/src/engine/catalog/model';
import { analyzeStatement } from '../server/src/engine/analysis/index';
import { createCatalogIndex } from '../server/src/engine/index';
import { searchPathSet, withSearchPath } from '../server/src/engine/analysis/search-path';
import { ensureParserLoaded, parseSql, splitStatements, type AstNode } from '../server/src/engine/sql/parse';
import { walkAst } from '../server/src/engine/sql/walk';

interface Server { major: number; url: string }
interface Tally { tp: number; fp: number; fn: number; tn: number; rt: number; rls: number }

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
// Judge as the CLI does from DDL alone: without the server's version.
const versionless = args.includes('--versionless');
// Judge against the tables learned from the script's DDL (as `check --schema` does) instead of the live catalog.
const fromDdl = args.includes('--ddl');
const urlsAt = args.indexOf('--urls');
const urlFile = urlsAt >= 0 ? args[urlsAt + 1] : undefined;
const files = args.filter((a, i) => !a.startsWith('--') && !(urlsAt >= 0 && i === urlsAt + 1));
if (!files.length) {
  process.stderr.write('usage: bench/pg-regress-agreement.ts [--urls FILE] [--quiet] [--versionless] [--ddl] FILE.sql…\n');
  process.exit(2);
}

/**
 * psql meta-commands are dropped; a trailing `\gset`-style command ends its statement. A `COPY …
 * FROM stdin` is dropped with its inline data (up to `\.`): the client has no stream to send, and
 * the data's lines, left in, would run into the next statements (a quote in them swallowed the rest
 * of triggers.sql).
 */
function scriptStatements(text: string): string[] {
  const kept: string[] = [];
  let copy: string[] = [];
  let inData = false;
  for (const l of text.split('\n')) {
    if (inData) { inData = !/^\\\.\s*$/.test(l); continue; }
    if (copy.length || /^\s*copy\b/i.test(l)) {
      copy.push(l);
      if (!/;\s*(--.*)?$/.test(l)) continue;
      if (/\bfrom\s+stdin\b/i.test(copy.join(' '))) inData = true;
      else kept.push(...copy);
      copy = [];
      continue;
    }
    kept.push(l);
  }
  const lines = kept.filter((l) => !/^\s*\\/.test(l)).map((l) => l.replace(/\\g\w*.*$/, ';'));
  return splitStatements(lines.join('\n')).map((p) => p.text.trim().replace(/;\s*$/, '')).filter((s) => s && !/^--[^\n]*$/.test(s));
}

const SCAN_KEY = 'Relation Name';
function scannedBy(plan: unknown): { rel: string; alias: string }[] {
  const out: { rel: string; alias: string }[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) { n.forEach(walk); return; }
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (typeof o[SCAN_KEY] === 'string' && o['Node Type'] !== 'ModifyTable') out.push({ rel: o[SCAN_KEY] as string, alias: String(o['Alias'] ?? o[SCAN_KEY]) });
    // An UPDATE's or DELETE's result relations are opened, not read: before PostgreSQL 18 they
    // list every partition the planner kept, also those initial pruning removes from the scan.
    for (const [k, v] of Object.entries(o)) if (k !== 'Target Tables') walk(v);
  };
  walk(plan);
  return out;
}

/** Partitioned RangeVars of a statement (skipping CTE names), with their qualifier. */
function partitionedRefs(ast: AstNode, byName: Map<string, PartitionedTable>): { location: number; table: PartitionedTable; qualifier: string }[] {
  const ctes = new Set<string>();
  walkAst(ast, (k, v) => { if (k === 'CommonTableExpr' && v?.ctename) ctes.add(v.ctename); });
  const refs: { location: number; table: PartitionedTable; qualifier: string }[] = [];
  walkAst(ast, (k, n) => {
    // The target of UPDATE / DELETE / MERGE is a bare RangeVar field.
    const v = k === 'RangeVar' ? n : ['UpdateStmt', 'DeleteStmt', 'MergeStmt'].includes(k) ? n?.relation : undefined;
    if (!v || v.inh === false) return;
    if (!v.schemaname && ctes.has(v.relname)) return;
    const t = byName.get(v.relname);
    if (t) refs.push({ location: v.location ?? 0, table: t, qualifier: v.alias?.aliasname ?? v.relname });
  });
  return refs;
}

async function runFile(server: Server, file: string, tally: Tally, notes: string[], dbName: string): Promise<void> {
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const u = new URL(server.url);
  u.pathname = `/${dbName}`;
  const db = new pg.Client({ connectionString: u.toString() });
  db.on('error', () => {});
  await db.connect();
  // Long enough for the catalog reads on a busy machine; a script's runaway statement still ends.
  await db.query('SET statement_timeout = 30000');
  // The tests switch to roles of their own, which need to create tables in public (PostgreSQL 15+ revoked that).
  await db.query('GRANT ALL ON SCHEMA public TO PUBLIC');
  let catalog: CatalogSnapshot | undefined;
  let byName = new Map<string, PartitionedTable>();
  const prepared = new Map<string, string>();
  let pruningOff = false;
  const ddl: string[] = [];
  // With --ddl, unqualified names resolve through the script's own SET search_path, as `check` does.
  let path: readonly string[] | null = null;
  try {
    for (const stmt of scriptStatements(fs.readFileSync(file, 'utf8'))) {
      const lower = stmt.replace(/^(\s*--[^\n]*\n)+/, '').trimStart().toLowerCase();
      if (/^(set|reset)\b/.test(lower)) {
        if (/enable_partition_pruning|constraint_exclusion|^reset all/.test(lower)) {
          await db.query(stmt).catch(() => {});
          const r = await db.query("SELECT current_setting('enable_partition_pruning') AS p, current_setting('constraint_exclusion') AS c");
          pruningOff = r.rows[0].p !== 'on' || r.rows[0].c === 'on';
          continue;
        }
      }
      const prep = /^prepare\s+(\w+)\s*(\([^)]*\))?\s+as\s+([\s\S]*)$/i.exec(stmt.replace(/^(\s*--[^\n]*\n)+/, '').trimStart());
      if (prep) prepared.set(prep[1]!.toLowerCase(), prep[3]!);
      const ex = /^explain\s*(\([^)]*\)|(?:\s*(?:analyze|verbose))*)\s*([\s\S]*)$/i.exec(stmt.replace(/^(\s*--[^\n]*\n)+/, '').trimStart());
      const body = ex ? ex[2]! : stmt;
      const isQuery = /^\s*(select|with|update|delete|merge|table|execute|\()/i.test(body.replace(/^(\s*--[^\n]*\n)+/, ''));
      if (isQuery && !pruningOff) {
        let judged = body;
        const exe = /^\s*execute\s+(\w+)/i.exec(body);
        if (exe) judged = prepared.get(exe[1]!.toLowerCase()) ?? '';
        if (judged) {
          catalog ??= await (async () => {
            const live = await loadCatalog(db, { sizes: false });
            const version = versionless ? undefined : live.serverVersionNum;
            byName = new Map(catalogListing(live.tables).map((t) => [t.name, t]));
            if (!fromDdl) return new CatalogSnapshot(live.tables, live.searchPath, version);
            const learned = createCatalogIndex();
            learned.setFile('schema.sql', ddl.join(';\n'));
            return learned.snapshot().withServerVersion(version);
          })();
          const parsed = parseSql(judged);
          const ps = parsed.statements[0];
          const refs = ps ? partitionedRefs(ps.ast, byName) : [];
          if (refs.length) {
            let plan: unknown;
            try {
              plan = (await db.query(`EXPLAIN (FORMAT JSON, COSTS OFF) ${body}`)).rows[0]['QUERY PLAN'];
            } catch { plan = undefined; }
            if (plan !== undefined) {
              let verdicts: ReturnType<typeof analyzeStatement> = [];
              try { verdicts = analyzeStatement(ps!, fromDdl ? withSearchPath(catalog, path) : catalog); } catch (e) { notes.push(`ANALYZE THREW ${(e as Error).message}: ${judged}`); }
              const scans = scannedBy(plan);
              // References of one table under one name cannot be told apart in the plan: one judgement, the worst verdict.
              const groups = new Map<string, typeof refs>();
              for (const ref of refs) groups.set(`${ref.table.name}|${ref.qualifier}`, [...(groups.get(`${ref.table.name}|${ref.qualifier}`) ?? []), ref]);
              for (const group of groups.values()) {
                const ref = group[0]!;
                const leaves = leafPartitions(ref.table.partitions).map((p) => p.name);
                if (leaves.length < 2) continue;
                const rls = await db.query('SELECT row_security_active(to_regclass($1)) AS active', [`"${ref.table.schema.replace(/"/g, '""')}"."${ref.table.name.replace(/"/g, '""')}"`]);
                if (rls.rows[0]?.active === true) { tally.rls++; continue; }
                const mine = new RegExp(`^${ref.qualifier.replace(/[^\w]/g, '\\$&')}(_\\d+)?$`);
                const seen = new Set(scans.filter((s) => mine.test(s.alias) && leaves.includes(s.rel)).map((s) => s.rel));
                const all = leaves.every((l) => seen.has(l));
                const vs = group.map((r) => verdicts.find((x) => x.location === r.location));
                const flagged = vs.some((v) => v?.verdict === 'missing' || v?.verdict === 'not-prunable');
                const rt = !flagged && vs.some((v) => v?.verdict === 'runtime-only');
                const v = vs.find((x) => x?.verdict === 'missing' || x?.verdict === 'not-prunable') ?? vs.find((x) => x?.verdict === 'runtime-only') ?? vs[0];
                const oneLine = judged.replace(/\s+/g, ' ').slice(0, 300);
                if (all && flagged) tally.tp++;
                else if (!all && !flagged) tally.tn++;
                else if (all) {
                  if (rt) tally.rt++;
                  else tally.fn++;
                  notes.push(`${rt ? 'RUNTIME' : 'MISS'} ${ref.qualifier}→${ref.table.name} (${v?.verdict ?? 'no verdict'}): ${oneLine}`);
                } else {
                  tally.fp++;
                  notes.push(`FALSE ALARM ${ref.qualifier}→${ref.table.name} (${seen.size}/${leaves.length}, ${v?.verdict}: ${v?.reason}): ${oneLine}`);
                }
              }
            }
          }
        }
      }
      if (ex && !/^\s*\(?[^)]*analyze/i.test(ex[1] ?? '')) continue;
      try {
        await db.query(stmt);
        for (const st of parseSql(stmt).statements) {
          const set = searchPathSet(st.ast);
          if (set !== undefined) path = set;
        }
        if (!isQuery) {
          catalog = undefined;
          ddl.push(stmt);
        }
      } catch {
        await db.query('ROLLBACK').catch(() => {});
        catalog = undefined;
      }
    }
  } finally {
    await db.end().catch(() => {});
  }
}

const ratio = (a: number, b: number): string => (b === 0 ? '  -  ' : (a / b).toFixed(3));

async function main(): Promise<void> {
  await ensureParserLoaded();
  let servers: Server[];
  let stop = async (): Promise<void> => {};
  if (urlFile) servers = JSON.parse(fs.readFileSync(urlFile, 'utf8')) as Server[];
  else {
    const started = await startAllServers();
    servers = started.servers;
    stop = async () => { for (const s of started.servers) await s.stop(); };
  }
  try {
    for (const server of servers) {
      const total: Tally = { tp: 0, fp: 0, fn: 0, tn: 0, rt: 0, rls: 0 };
      for (const [i, file] of files.entries()) {
        const t: Tally = { tp: 0, fp: 0, fn: 0, tn: 0, rt: 0, rls: 0 };
        const notes: string[] = [];
        await runFile(server, file, t, notes, `plr_${i}`);
        for (const k of Object.keys(t) as (keyof Tally)[]) total[k] += t[k];
        process.stdout.write(`PG${server.major} ${path.basename(file).padEnd(26)} tp ${t.tp} fp ${t.fp} fn ${t.fn} tn ${t.tn} runtime-only ${t.rt} rls ${t.rls}  precision ${ratio(t.tp, t.tp + t.fp)} recall ${ratio(t.tp, t.tp + t.fn)}\n`);
        if (!quiet) for (const n of notes) process.stdout.write(`    ${n}\n`);
      }
      process.stdout.write(`PG${server.major} ${'TOTAL'.padEnd(26)} tp ${total.tp} fp ${total.fp} fn ${total.fn} tn ${total.tn} runtime-only ${total.rt} rls ${total.rls}  precision ${ratio(total.tp, total.tp + total.fp)} recall ${ratio(total.tp, total.tp + total.fn)}\n`);
    }
  } finally {
    await stop();
  }
}

main().catch((e: unknown) => { process.stderr.write(`${String((e as Error).stack ?? e)}\n`); process.exitCode = 1; });
