/**
 * Accuracy of the application-code lint on app-style cases (bench/accuracy/<orm>/<case>/).
 *
 * Every executed query on a partitioned table in a case carries a trailing label comment:
 * `# expect: scans-all [id]` or `// expect: prunes [id]` (validated against the planner by
 * test/accuracy-labels.test.ts). This script runs the real CLI once over every case directory
 * (`partition-lens check --schema bench/accuracy/schema.sql --format json <case dirs…>`, one
 * index per case), matches findings to labels and prints precision and recall per ORM, overall
 * and for cross-function/cross-file cases, plus every miss and false alarm with file:line.
 *
 * Run: node --import tsx bench/app-accuracy.ts [--json] [--cli WORKTREE] [--cases REGEX] [orm…]
 * `--cli WORKTREE` measures another checkout's CLI (e.g. a helper's worktree) on these cases;
 * `--cases REGEX` keeps the cases whose `<orm>/<case>` matches (e.g. a batch not seen before).
 */
import path from 'node:path';
import { casesOf, matchFindings, ORMS, summarise, type Outcome } from './accuracy/lib';
import { ACCURACY_DIR as ACC, runCheck } from './accuracy/run-cli';

const ROOT = path.resolve(import.meta.dirname, '..');

function pct(n: number): string {
  return Number.isNaN(n) ? '  —  ' : n.toFixed(3);
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const cliAt = args.indexOf('--cli');
  const cliRoot = cliAt >= 0 ? path.resolve(args[cliAt + 1] ?? '.') : ROOT;
  const casesAt = args.indexOf('--cases');
  const casePattern = casesAt >= 0 ? new RegExp(args[casesAt + 1] ?? '') : undefined;
  const only = args.filter((a, i) => !a.startsWith('--') && (cliAt < 0 || i !== cliAt + 1) && (casesAt < 0 || i !== casesAt + 1));
  const orms = ORMS.filter((o) => only.length === 0 || only.includes(o));
  const cases = orms.flatMap((o) => casesOf(ACC, o)).filter((c) => !casePattern || casePattern.test(`${c.orm}/${c.name}`));
  const t0 = Date.now();
  const { diagnostics, notAnalysed } = runCheck(cliRoot, cases.map((c) => c.dir));
  const ms = Date.now() - t0;
  const outcomes: Outcome[] = matchFindings(cases, diagnostics);
  const rows = summarise(outcomes, orms);
  if (json) {
    process.stdout.write(`${JSON.stringify({ rows, outcomes: outcomes.filter((o) => o.kind === 'miss' || o.kind === 'false-alarm'), notAnalysed }, null, 2)}\n`);
    return;
  }
  const rel = (f: string): string => path.relative(ROOT, f);
  process.stdout.write(`Application-code accuracy of ${path.relative(process.cwd(), cliRoot) || '.'}: ${cases.length} cases, ${outcomes.filter((o) => o.label).length} labelled sites, CLI ${ms} ms\n\n`);
  process.stdout.write('scope                 sites  scans-all  TP  FN  FP  precision  recall\n');
  for (const r of rows) {
    process.stdout.write(`${r.scope.padEnd(20)} ${String(r.sites).padStart(6)} ${String(r.positives).padStart(10)} ${String(r.tp).padStart(3)} ${String(r.fn).padStart(3)} ${String(r.fp).padStart(3)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(6)}\n`);
  }
  const viaAlso = outcomes.filter((o) => o.kind === 'tp' && o.via === 'also');
  process.stdout.write(`\n${viaAlso.length} hits reported where the query is built rather than where it runs (accepted by \`expect-also\`)${viaAlso.map((o) => ` [${o.label?.id ?? ''}]`).join('')}\n`);
  const misses = outcomes.filter((o) => o.kind === 'miss');
  const falseAlarms = outcomes.filter((o) => o.kind === 'false-alarm');
  process.stdout.write(`\nMisses (${misses.length}): labelled scans-all, no finding\n`);
  for (const o of misses) process.stdout.write(`  ${rel(o.file)}:${o.line}  [${o.label?.id ?? ''}]${o.label?.cross ? ' (cross)' : ''}  ${o.text}\n`);
  process.stdout.write(`\nFalse alarms (${falseAlarms.length}): finding on a site labelled prunes or on no labelled site\n`);
  for (const o of falseAlarms) process.stdout.write(`  ${rel(o.file)}:${o.line}  [${o.label?.id ?? 'unlabelled'}]  ${o.code ?? ''} ${o.table ?? ''}  ${o.text}\n`);
  if (notAnalysed.length > 0) {
    process.stdout.write(`\nNot analysed (${notAnalysed.length}):\n`);
    for (const n of notAnalysed) process.stdout.write(`  ${n.file}: ${n.reason}\n`);
  }
}

main();
