/**
 * The `partition-lens` command line: dispatches to `check` (static analysis, this module's
 * own) and to the database commands `partitions` / `maintain` (`db-commands.ts`).
 * Exit codes everywhere: 0 success / no findings, 1 findings or a failed operation, 2 usage or
 * internal error with a message on stderr.
 */
import { version } from '../../../package.json';
import { CHECK_USAGE, runCheck } from './check';
import { isCheckWorker, runCheckWorker } from './check-worker';
import { boundHeapGrowth } from './heap';
import { loadSqlParserBaseline } from './wasm-tiers';

const USAGE = `Usage: partition-lens <command> [options]

Commands:
  partition-lens check [--schema FILE]... [--format text|json|sarif] PATH...
      Report queries on partitioned tables that cannot use partition pruning.
  partition-lens partitions list|create-upcoming|archive|detach|explain --database-url URL ...
      Inspect and maintain the partitions of a connected database.
  partition-lens maintain --database-url URL [--config FILE] [--dry-run]
      Apply the partition policy kept in partition-lens.json.
  partition-lens audit --database-url URL [--format text|json|sarif] [--min-calls N] [--workspace PATH]
      List the statements the database ran (pg_stat_statements) that scan every partition.

Options:
  -h, --help      show this help (or a command's help: partition-lens check --help)
  -V, --version   print the version

Exit status: 0 success / no findings, 1 findings or a failed operation, 2 usage or internal error.
`;

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      process.stderr.write(USAGE);
      return 2;
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(rest[0] === 'check' ? CHECK_USAGE : USAGE);
      return 0;
    case '-V':
    case '--version':
      process.stdout.write(`${version}\n`);
      return 0;
    case 'check':
      boundHeapGrowth();
      await loadSqlParserBaseline();
      // The bundle is its own worker script (`__filename` is the bundle when built by esbuild).
      return runCheck(rest, version, { workerScript: __filename });
    case 'partitions':
      return (await import('./db-commands')).runPartitions(rest);
    case 'maintain':
      return (await import('./db-commands')).runMaintain(rest);
    case 'audit':
      return (await import('./audit')).runAudit(rest);
    default:
      process.stderr.write(`partition-lens: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

if (isCheckWorker()) {
  runCheckWorker();
} else {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`partition-lens: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
