/**
 * The database half of the `partition-lens` CLI: `partitions …` and `maintain`. A thin shell
 * over server/src/db; `main.ts` dispatches here. Exit codes: 0 ok, 1 the operation failed,
 * 2 usage (bad arguments, or a write refused without --yes and without a terminal).
 *
 * Plans (the SQL) go to stdout; progress and errors go to stderr. Passwords are never printed.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { openDb, redactText, resolveCliProfile, type Db } from '../db/connection';
import { explainPruning, formatPruning } from '../db/explain';
import { executePlan, PlanExecutionError } from '../db/execute';
import { isInterval, INTERVALS } from '../db/periods';
import { buildRunMaintenancePlan, describePartman, loadPartmanConfigs, partmanFor, retentionKeep, type PartmanConfig } from '../db/partman';
import { buildArchivePlans, buildCreateUpcomingPlan, buildDetachPlan, planToSql, resolveRelation, type ArchiveMode, type Plan } from '../db/plan';
import { buildMaintainPlans, DEFAULT_POLICY_FILE, loadPolicyFile } from '../db/policy';
import { formatReportText, listPartitionsCommand } from '../db/report';

export interface ParsedArgs {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

/** Thrown for bad command lines; the runner prints it and exits with 2. */
export class UsageError extends Error {}

/** Thrown when a write was not confirmed (exit 2 when there was no terminal to ask). */
class RefusedError extends Error {}

const VALUE_FLAGS = new Set([
  'database-url', 'table', 'format', 'config', 'interval', 'count', 'keep', 'archive-schema', 'partition', 'sql', 'file',
  'lock-timeout', 'statement-timeout', 'min-calls', 'workspace',
]);
const BOOL_FLAGS = new Set(['dry-run', 'yes', 'drop', 'concurrently', 'finalize', 'help', 'replace-in-place', 'partman-maintenance', 'ignore-partman']);

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

export const PARTITIONS_USAGE = `Usage:
  partition-lens partitions list --database-url URL [--table NAME] [--format text|json]
  partition-lens partitions create-upcoming --database-url URL --table NAME --interval ${INTERVALS.join('|')} --count N [--partman-maintenance | --ignore-partman] [--dry-run] [--yes]
  partition-lens partitions archive --database-url URL --table NAME --keep N [--archive-schema S | --drop] [--ignore-partman] [--dry-run] [--yes]
  partition-lens partitions detach --database-url URL --partition NAME [--concurrently | --finalize | --replace-in-place] [--dry-run] [--yes]
  partition-lens partitions explain --database-url URL (--sql "…" | --file F)
Detaching a HASH partition is refused (its remainder would lose its partition and inserts there
would fail) unless --replace-in-place: detach it and create an empty partition for the same
remainder in one transaction. Writes show their SQL and need --yes or a confirmation at the terminal. --database-url falls back
to DATABASE_URL and the PG* variables. --lock-timeout MS (default 5000) bounds every wait for
another session's lock, reads included; writes also take --statement-timeout MS (default 300000).`;

export const MAINTAIN_USAGE = `Usage:
  partition-lens maintain --database-url URL [--config FILE] [--dry-run]
Applies the policy file (default ${DEFAULT_POLICY_FILE}): creates upcoming partitions and archives
expired ones, idempotently. The reviewed policy file is the approval: no prompt (made for cron/CI).`;

/** Where the CLI writes; tests replace it. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when a person can answer a prompt. */
  interactive(): boolean;
  ask(question: string): Promise<string>;
  env: Record<string, string | undefined>;
}

export const processIo: CliIo = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  interactive: () => Boolean(process.stdin.isTTY && process.stderr.isTTY),
  ask: (q) =>
    new Promise((resolve) => {
      const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
      rl.question(q, (a) => {
        rl.close();
        resolve(a);
      });
    }),
  env: process.env,
};

function str(a: ParsedArgs, name: string): string | undefined {
  const v = a.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

function need(a: ParsedArgs, name: string): string {
  const v = str(a, name);
  if (v === undefined || v.trim() === '') throw new UsageError(`--${name} is required.`);
  return v;
}

function wholeNumber(a: ParsedArgs, name: string, min: number, dflt?: number): number {
  const v = str(a, name);
  if (v === undefined) {
    if (dflt !== undefined) return dflt;
    throw new UsageError(`--${name} is required.`);
  }
  if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}, got "${v}".`);
  return Number(v);
}

interface Session {
  readonly db: Db;
  readonly io: CliIo;
  readonly secrets: (string | undefined)[];
  readonly lockTimeoutMs: number;
  readonly statementTimeoutMs: number;
}

/** The connection profile; no database at all is a usage error (exit 2). */
export function requireProfile(a: ParsedArgs, io: CliIo): ReturnType<typeof resolveCliProfile> {
  try {
    return resolveCliProfile(str(a, 'database-url'), io.env);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

async function withSession<T>(a: ParsedArgs, io: CliIo, fn: (s: Session) => Promise<T>): Promise<T> {
  const url = str(a, 'database-url');
  const lockTimeoutMs = wholeNumber(a, 'lock-timeout', 0, 5_000);
  const statementTimeoutMs = wholeNumber(a, 'statement-timeout', 0, 300_000);
  const profile = requireProfile(a, io);
  // Two connections: one runs the plan, the other can cancel it.
  const db = openDb(profile, undefined, {
    max: 2,
    queryTimeoutMs: statementTimeoutMs,
    // Reads (planning, row counts, explain) give up on another session's lock as fast as writes.
    lockTimeoutMs,
    logger: { sql: () => undefined, info: (m) => io.err(`${m}\n`) },
  });
  try {
    return await fn({ db, io, secrets: [url, io.env.DATABASE_URL, io.env.PGPASSWORD], lockTimeoutMs, statementTimeoutMs });
  } finally {
    await db.end();
  }
}

/** Shows the plan, asks (or refuses), and runs it. Returns false when the user said no. */
async function confirmAndRun(s: Session, plan: Plan, a: ParsedArgs, question = 'Run this SQL?'): Promise<boolean> {
  s.io.out(planToSql(plan, { lockTimeoutMs: s.lockTimeoutMs, statementTimeoutMs: s.statementTimeoutMs }));
  if (plan.statements.length === 0) return true;
  if (a.flags.has('dry-run')) {
    s.io.err('Dry run: nothing was changed.\n');
    return true;
  }
  if (!a.flags.has('yes')) {
    if (!s.io.interactive()) {
      throw new RefusedError('Refusing to change the database without --yes: there is no terminal to confirm at (the SQL is shown above).');
    }
    const answer = (await s.io.ask(`${question} ${plan.destructive ? '(this cannot be undone) ' : ''}[y/N] `)).trim().toLowerCase();
    if (answer !== 'y' && answer !== 'yes') {
      s.io.err('Not confirmed: nothing was changed.\n');
      return false;
    }
  }
  const ac = new AbortController();
  const onSigint = (): void => ac.abort();
  process.once('SIGINT', onSigint);
  try {
    const r = await executePlan(s.db, plan, {
      lockTimeoutMs: s.lockTimeoutMs,
      statementTimeoutMs: s.statementTimeoutMs,
      signal: ac.signal,
      log: (line) => s.io.err(`${line}\n`),
    });
    s.io.err(`Done: ${r.executed} statement(s) in ${Math.round(r.ms)} ms.\n`);
    return true;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

/** pg_partman's settings when it manages the table (read fresh, as the editor commands do). */
async function partmanOf(db: Db, table: string): Promise<PartmanConfig | undefined> {
  const rel = await resolveRelation(db, table);
  return partmanFor(await loadPartmanConfigs(db), { schema: rel.schema, name: rel.name });
}

export async function runPartitions(argv: string[], io: CliIo = processIo): Promise<number> {
  let secrets: (string | undefined)[] = [];
  try {
    const a = parseArgs(argv);
    secrets = [str(a, 'database-url'), io.env.DATABASE_URL, io.env.PGPASSWORD];
    const sub = a.positional[0];
    if (a.flags.has('help') || sub === 'help') {
      io.out(`${PARTITIONS_USAGE}\n`);
      return 0;
    }
    if (a.positional.length > 1) throw new UsageError(`Unexpected argument "${a.positional[1]}".`);
    switch (sub) {
      case 'list': {
        const format = str(a, 'format') ?? 'text';
        if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json.');
        requireProfile(a, io);
        const lockTimeoutMs = wholeNumber(a, 'lock-timeout', 0, 5_000);
        const report = await listPartitionsCommand({ databaseUrl: str(a, 'database-url'), table: str(a, 'table'), env: io.env, lockTimeoutMs });
        io.out(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${formatReportText(report)}\n`);
        return 0;
      }
      case 'create-upcoming': {
        const table = need(a, 'table');
        const interval = need(a, 'interval');
        if (!isInterval(interval)) throw new UsageError(`--interval must be one of ${INTERVALS.join(', ')}.`);
        const count = wholeNumber(a, 'count', 0);
        if (a.flags.has('partman-maintenance') && a.flags.has('ignore-partman')) throw new UsageError('Use either --partman-maintenance or --ignore-partman, not both.');
        return await withSession(a, io, async (s) => {
          // pg_partman names, templates and retains its own partitions: by default it makes them.
          const managed = await partmanOf(s.db, table);
          if (managed && a.flags.has('partman-maintenance')) return (await confirmAndRun(s, buildRunMaintenancePlan(managed), a)) ? 0 : 1;
          if (managed && !a.flags.has('ignore-partman')) {
            throw new UsageError(
              `${describePartman(managed).replace(/^pg_partman: /, `pg_partman manages ${managed.table.schema}.${managed.table.name}: `)}.\n` +
                "Use --partman-maintenance to run its maintenance for this table, or --ignore-partman to create partitions with Partition Lens anyway (their names may not follow pg_partman's scheme).",
            );
          }
          const plan = await buildCreateUpcomingPlan(s.db, table, { interval, count });
          return (await confirmAndRun(s, plan, a)) ? 0 : 1;
        });
      }
      case 'archive': {
        const table = need(a, 'table');
        const keep = wholeNumber(a, 'keep', 0);
        if (a.flags.has('drop') && str(a, 'archive-schema')) throw new UsageError('Use either --archive-schema S or --drop, not both.');
        const mode: ArchiveMode = a.flags.has('drop') ? { kind: 'drop' } : { kind: 'schema', schema: str(a, 'archive-schema') ?? 'archive' };
        return await withSession(a, io, async (s) => {
          // pg_partman's retention decides what it keeps: an archive must not take partitions it still keeps.
          const managed = await partmanOf(s.db, table);
          const minKeep = managed ? retentionKeep(managed) : undefined;
          if (minKeep !== undefined && keep < minKeep && !a.flags.has('ignore-partman')) {
            throw new UsageError(
              `pg_partman's retention (${managed!.retention}) keeps ${minKeep} periods of ${managed!.table.schema}.${managed!.table.name}: use --keep ${minKeep} or more, change its retention first, or pass --ignore-partman.` +
                (managed!.retentionSchema && mode.kind === 'schema' && !str(a, 'archive-schema') ? ` Its retention schema is ${managed!.retentionSchema} (--archive-schema ${managed!.retentionSchema}).` : ''),
            );
          }
          const plans = await buildArchivePlans(s.db, table, { keep, mode });
          if (!(await confirmAndRun(s, plans.archive, a))) return 1;
          if (plans.drop) {
            // The DROP is its own plan with its own confirmation.
            if (!(await confirmAndRun(s, plans.drop, a, 'DROP these detached partitions?'))) return 1;
          }
          return 0;
        });
      }
      case 'detach': {
        const partition = need(a, 'partition');
        if ([a.flags.has('concurrently'), a.flags.has('finalize'), a.flags.has('replace-in-place')].filter(Boolean).length > 1) {
          throw new UsageError('Use only one of --concurrently, --finalize and --replace-in-place.');
        }
        const mode = a.flags.has('finalize') ? 'finalize' : a.flags.has('concurrently') ? 'concurrently' : 'auto';
        return await withSession(a, io, async (s) => {
          const plan = await buildDetachPlan(s.db, partition, mode, { replaceInPlace: a.flags.has('replace-in-place') });
          return (await confirmAndRun(s, plan, a)) ? 0 : 1;
        });
      }
      case 'explain': {
        const sql = str(a, 'sql');
        const file = str(a, 'file');
        if ((sql === undefined) === (file === undefined)) throw new UsageError('Give exactly one of --sql "…" or --file F.');
        let text = sql ?? '';
        if (file !== undefined) {
          try {
            text = fs.readFileSync(file, 'utf8');
          } catch (e) {
            throw new UsageError(`Cannot read ${file}: ${(e as Error).message}`);
          }
        }
        return await withSession(a, io, async (s) => {
          const results = await explainPruning(s.db, text, { statementTimeoutMs: s.statementTimeoutMs, lockTimeoutMs: s.lockTimeoutMs });
          io.out(`${formatPruning(results)}\n`);
          return results.some((r) => r.error) ? 1 : 0;
        });
      }
      case undefined:
        throw new UsageError(`Missing subcommand.\n${PARTITIONS_USAGE}`);
      default:
        throw new UsageError(`Unknown subcommand "partitions ${sub}".\n${PARTITIONS_USAGE}`);
    }
  } catch (e) {
    return reportError(e, io, secrets);
  }
}

export async function runMaintain(argv: string[], io: CliIo = processIo): Promise<number> {
  let secrets: (string | undefined)[] = [];
  try {
    const a = parseArgs(argv);
    secrets = [str(a, 'database-url'), io.env.DATABASE_URL, io.env.PGPASSWORD];
    if (a.flags.has('help')) {
      io.out(`${MAINTAIN_USAGE}\n`);
      return 0;
    }
    if (a.positional.length) throw new UsageError(`Unexpected argument "${a.positional[0]}".\n${MAINTAIN_USAGE}`);
    for (const f of ['table', 'interval', 'count', 'keep', 'partition', 'sql', 'file', 'archive-schema', 'format']) {
      if (a.flags.has(f)) throw new UsageError(`--${f} does not apply to maintain (the policy file says what to do).`);
    }
    const policy = loadPolicyFile(str(a, 'config') ?? DEFAULT_POLICY_FILE);
    // The policy file is the reviewed approval; --yes is accepted and changes nothing.
    const runArgs: ParsedArgs = { positional: [], flags: new Map([...a.flags, ['yes', true]]) };
    return await withSession(a, io, async (s) => {
      const items = await buildMaintainPlans(s.db, policy);
      let failed = 0;
      for (const item of items) {
        if (item.error) {
          io.err(`${item.table}: ${item.error}\n`);
          failed++;
          continue;
        }
        for (const plan of item.plans) {
          try {
            await confirmAndRun(s, plan, runArgs);
          } catch (e) {
            io.err(`${item.table}: ${redactText((e as Error).message, s.secrets)}\n`);
            failed++;
            break;
          }
        }
      }
      const changes = items.reduce((n, i) => n + i.plans.reduce((m, p) => m + p.statements.length, 0), 0);
      io.err(`maintain: ${items.length} table(s), ${changes} statement(s)${a.flags.has('dry-run') ? ' (dry run: nothing changed)' : ''}, ${failed} failure(s).\n`);
      return failed ? 1 : 0;
    });
  } catch (e) {
    return reportError(e, io, secrets);
  }
}

function reportError(e: unknown, io: CliIo, secrets: (string | undefined)[]): number {
  const msg = redactText(e instanceof Error ? e.message : String(e), secrets);
  io.err(`partition-lens: ${msg}\n`);
  if (e instanceof UsageError || e instanceof RefusedError) return 2;
  if (e instanceof PlanExecutionError) return 1;
  return 1;
}
