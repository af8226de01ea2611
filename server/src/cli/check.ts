/**
 * `partition-lens check [--schema FILE]... [--format text|json|sarif] PATH...`
 *
 * Learns partitioned tables from every DDL file among the PATHs and the `--schema` files, then
 * checks every SQL / Ruby / TypeScript / JavaScript / Python file among the PATHs.
 * Exit codes: 0 no findings at or above --fail-on, 1 such findings, 2 usage or internal error (message on stderr).
 */
import { catalogListing, displayName, keyNames } from '../engine/catalog/model';
import { LineIndex } from '../engine/finding';
import { checkFile, createCatalogIndex, documentKind, indexHostFile, loadEngine } from '../engine/index';
import { CliError, collectFiles, readText, type InputFile } from './files';
import { formatJson, formatSarif, formatText, type CheckedDiagnostic, type CheckedTable, type CheckReport } from './format';

export const CHECK_USAGE = `Usage: partition-lens check [--schema FILE]... [--format text|json|sarif] PATH...

Reports queries on partitioned PostgreSQL tables that cannot use partition pruning.

  PATH             files or directories (searched recursively; node_modules, vendor, .git,
                   dist, build, out, coverage and tmp are skipped)
  --schema FILE    an extra file to learn partitioned tables from (repeatable)
  --format FORMAT  text (default), json or sarif
  --fail-on LEVEL  error, warning (default), information or never: the lowest severity
                   whose findings make the exit status 1 (every finding is reported)
  -h, --help       show this help

Exit status: 0 no findings, 1 findings, 2 usage or internal error (findings below the
--fail-on level do not count).
`;

type FailOn = 'error' | 'warning' | 'information' | 'never';

/** Severity ranks for --fail-on: a finding fails the run when its rank is at least the level's. */
const SEVERITY_RANK: Readonly<Record<string, number>> = { hint: 0, information: 1, warning: 2, error: 3, never: 4 };

type Format = 'text' | 'json' | 'sarif';

interface CheckArgs {
  readonly schemas: string[];
  readonly format: Format;
  readonly paths: string[];
  readonly help: boolean;
  readonly failOn: FailOn;
}

function parseCheckArgs(argv: readonly string[]): CheckArgs {
  const schemas: string[] = [];
  const paths: string[] = [];
  let format: Format = 'text';
  let help = false;
  let failOn: FailOn = 'warning';
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (options && a === '--') {
      options = false;
      continue;
    }
    if (options && a.startsWith('-') && a !== '-') {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(0, eq) : a;
      const takeValue = (): string => {
        if (eq >= 0) return a.slice(eq + 1);
        const v = argv[i + 1];
        if (v === undefined || (v.startsWith('-') && v !== '-')) throw new CliError(`${name} needs a value`);
        i++;
        return v;
      };
      if (name === '--schema') {
        const v = takeValue();
        if (v === '') throw new CliError('--schema needs a file name');
        schemas.push(v);
      } else if (name === '--format') {
        const v = takeValue();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new CliError(`unknown format "${v}" (expected text, json or sarif)`);
        format = v;
      } else if (name === '--fail-on') {
        const v = takeValue();
        if (v !== 'error' && v !== 'warning' && v !== 'information' && v !== 'never')
          throw new CliError(`unknown --fail-on level "${v}" (expected error, warning, information or never)`);
        failOn = v;
      } else if ((name === '--help' || name === '-h') && eq < 0) {
        help = true;
      } else {
        throw new CliError(`unknown option ${name}`);
      }
      continue;
    }
    paths.push(a);
  }
  return { schemas, format, paths, help, failOn };
}

/** Runs `check`; returns the exit code. Writes the report to stdout and problems to stderr. */
export async function runCheck(argv: readonly string[], toolVersion: string): Promise<number> {
  let args: CheckArgs;
  try {
    args = parseCheckArgs(argv);
  } catch (e) {
    process.stderr.write(`partition-lens check: ${(e as Error).message}\n\n${CHECK_USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(CHECK_USAGE);
    return 0;
  }
  if (args.paths.length === 0) {
    process.stderr.write(`partition-lens check: no PATH given\n\n${CHECK_USAGE}`);
    return 2;
  }
  try {
    const report = await buildReport(args);
    const text =
      args.format === 'json' ? formatJson(report) : args.format === 'sarif' ? formatSarif(report, toolVersion) : formatText(report);
    await writeStdout(text);
    const threshold = SEVERITY_RANK[args.failOn]!;
    return report.diagnostics.some((d) => (SEVERITY_RANK[d.severity] ?? 0) >= threshold) ? 1 : 0;
  } catch (e) {
    if (e instanceof CliError) process.stderr.write(`partition-lens check: ${e.message}\n`);
    else process.stderr.write(`partition-lens check: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}

function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(err) : resolve())));
}

async function buildReport(args: CheckArgs): Promise<CheckReport> {
  const schemaFiles = collectFiles(args.schemas);
  const files = collectFiles(args.paths);
  await loadEngine();

  const texts = new Map<string, { file: InputFile; text: string }>();
  for (const f of [...schemaFiles, ...files]) if (!texts.has(f.absolute)) texts.set(f.absolute, { file: f, text: readText(f) });

  // Learn tables (and ORM models) from every file before checking any.
  const catalog = createCatalogIndex();
  for (const { file, text } of texts.values()) {
    catalog.setFile(file.display, text);
    indexHostFile(file.display, text);
  }
  const snapshot = catalog.snapshot();

  // Sub-partitioned partitions are partitioned tables too (pg_partitioned_table lists them).
  const tables: CheckedTable[] = catalogListing(snapshot.tables()).map((t) => ({
    name: displayName(t.schema, t.name),
    strategy: t.strategy,
    key: keyNames(t.key),
    source: t.source?.file ? `${t.source.file}${t.source.line ? `:${t.source.line}` : ''}` : (t.source?.kind ?? null),
  }));

  const diagnostics: CheckedDiagnostic[] = [];
  let filesChecked = 0;
  const checkedFiles = files.filter((f) => documentKind(f.absolute) !== undefined).sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  for (const f of checkedFiles) {
    const text = texts.get(f.absolute)!.text;
    const result = checkFile(f.absolute, text, snapshot, undefined, f.display);
    if (result.internalError) throw new Error(`checking ${f.display} failed: ${result.internalError}`);
    filesChecked++;
    if (result.findings.length === 0) continue;
    const index = new LineIndex(text);
    for (const x of result.findings) {
      const s = index.position(x.start);
      const e = index.position(x.end);
      diagnostics.push({
        file: f.display,
        line: s.line + 1,
        column: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
        severity: x.severity,
        code: x.code,
        table: x.table,
        message: x.message,
      });
    }
  }
  return { tables, diagnostics, filesChecked };
}
