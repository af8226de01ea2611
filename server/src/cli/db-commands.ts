/**
 * The database half of the `partition-lens` CLI: `partitions …` and `maintain`. A thin shell
 * over server/src/db; `main.ts` dispatches here. Exit codes: 0 ok, 1 the operation failed,
 * 2 usage (bad arguments, or a write refused without --yes and without a terminal).
 */

export interface ParsedArgs {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

/** Thrown for bad command lines; the runner prints it and exits with 2. */
export class UsageError extends Error {}

const VALUE_FLAGS = new Set([
  'database-url', 'table', 'format', 'config', 'interval', 'count', 'keep', 'archive-schema', 'partition', 'sql', 'file',
  'lock-timeout', 'statement-timeout',
]);
const BOOL_FLAGS = new Set(['dry-run', 'yes', 'drop', 'concurrently', 'finalize', 'help']);

/** Parses `--name value`, `--name=value` and boolean flags; unknown flags are usage errors. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
    if (VALUE_FLAGS.has(name)) {
      let value: string | undefined;
      if (eq >= 0) value = a.slice(eq + 1);
      else {
        value = argv[i + 1];
        i++;
      }
      if (value === undefined) throw new UsageError(`--${name} needs a value.`);
      flags.set(name, value);
    } else if (BOOL_FLAGS.has(name)) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value.`);
      flags.set(name, true);
    } else throw new UsageError(`Unknown option --${name}.`);
  }
  return { positional, flags };
}

export async function runPartitions(argv: string[]): Promise<number> {
  try {
    parseArgs(argv);
    throw new UsageError('partition-lens partitions: not implemented yet');
  } catch (e) {
    return reportError(e);
  }
}

export async function runMaintain(argv: string[]): Promise<number> {
  try {
    parseArgs(argv);
    throw new UsageError('partition-lens maintain: not implemented yet');
  } catch (e) {
    return reportError(e);
  }
}

function reportError(e: unknown): number {
  const msg = e instanceof Error ? e.message : String(e);
  process.stderr.write(`partition-lens: ${msg}\n`);
  return e instanceof UsageError ? 2 : 1;
}
