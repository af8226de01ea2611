/**
 * The maintenance policy file (default `partition-lens.json`, kept in the repository): for each
 * time-partitioned table, the interval, how many periods to create ahead, how many to keep, and
 * whether old partitions go to an archive schema or are dropped. `partition-lens maintain` turns
 * it into plans; running it twice in a row changes nothing the second time.
 *
 * {
 *   "tables": {
 *     "public.leads":         { "interval": "month", "premake": 3, "retention": 12, "archiveSchema": "archive" },
 *     "public.agent_outputs": { "interval": "month", "premake": 3, "retention": 24, "drop": true }
 *   }
 * }
 */
import fs from 'node:fs';
import type { Queryable } from './connection';
import { checkNamePattern, INTERVALS, isInterval, type Interval } from './periods';
import { buildArchivePlans, type ArchiveMode } from './plan/archive';
import { buildCreateUpcomingPlan } from './plan/create';
import { parseQualifiedName } from './plan/target';
import type { Plan } from './plan/types';
import { assertValidIdentifier } from './quote';

export const DEFAULT_POLICY_FILE = 'partition-lens.json';
export const DEFAULT_PREMAKE = 3;

export interface TablePolicy {
  /** The table as written in the file (`public.leads`). */
  readonly table: string;
  readonly interval: Interval;
  /** Periods to create ahead of the current one. */
  readonly premake: number;
  /** Periods before the current one to keep; undefined keeps everything. */
  readonly retention?: number;
  /** What happens to expired partitions (required with retention). */
  readonly archive?: ArchiveMode;
  readonly namePattern?: string;
}

export interface Policy {
  readonly tables: readonly TablePolicy[];
}

/** A policy file that cannot be used; the message names the file and the field. */
export class PolicyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyError';
  }
}

const KNOWN = new Set(['table', 'interval', 'premake', 'retention', 'archiveSchema', 'drop', 'renamePrefix', 'namePattern']);

/** Validates parsed JSON into a policy; every problem is reported at once. */
export function parsePolicy(json: unknown, file = DEFAULT_POLICY_FILE): Policy {
  const errors: string[] = [];
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new PolicyError(`${file}: expected an object with a "tables" entry.`);
  const root = json as Record<string, unknown>;
  const raw = root.tables;
  let entries: [string, unknown][];
  if (Array.isArray(raw)) {
    entries = raw.map((e, i) => {
      const t = typeof e === 'object' && e !== null ? (e as Record<string, unknown>).table : undefined;
      if (typeof t !== 'string') errors.push(`${file}: tables[${i}].table must be the table name (e.g. "public.leads").`);
      return [typeof t === 'string' ? t : `#${i}`, e];
    });
  } else if (typeof raw === 'object' && raw !== null) {
    entries = Object.entries(raw as Record<string, unknown>);
  } else {
    throw new PolicyError(`${file}: "tables" must map table names to their policy, e.g. {"tables": {"public.leads": {"interval": "month", "premake": 3}}}.`);
  }
  for (const k of Object.keys(root)) if (k !== 'tables' && k !== '$schema' && k !== 'version') errors.push(`${file}: unknown top-level key "${k}".`);
  const tables: TablePolicy[] = [];
  for (const [name, value] of entries) {
    const at = `${file}: tables["${name}"]`;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push(`${at} must be an object.`);
      continue;
    }
    const v = value as Record<string, unknown>;
    for (const k of Object.keys(v)) if (!KNOWN.has(k)) errors.push(`${at}: unknown key "${k}" (known: ${[...KNOWN].join(', ')}).`);
    try {
      const q = parseQualifiedName(name);
      assertValidIdentifier(q.name);
      if (q.schema !== undefined) assertValidIdentifier(q.schema);
    } catch (e) {
      errors.push(`${at}: ${(e as Error).message}`);
    }
    if (!isInterval(v.interval)) errors.push(`${at}.interval must be one of ${INTERVALS.join(', ')}.`);
    const whole = (k: string, min: number, max: number): number | undefined => {
      const x = v[k];
      if (x === undefined) return undefined;
      if (typeof x !== 'number' || !Number.isInteger(x) || x < min || x > max) {
        errors.push(`${at}.${k} must be a whole number from ${min} to ${max}.`);
        return undefined;
      }
      return x;
    };
    const premake = whole('premake', 0, 1000) ?? DEFAULT_PREMAKE;
    const retention = whole('retention', 0, 100000);
    let archive: ArchiveMode | undefined;
    const modes = ['archiveSchema', 'drop', 'renamePrefix'].filter((k) => v[k] !== undefined && v[k] !== false);
    if (modes.length > 1) errors.push(`${at}: choose one of archiveSchema, drop or renamePrefix, not ${modes.join(' and ')}.`);
    if (v.archiveSchema !== undefined) {
      if (typeof v.archiveSchema !== 'string' || !v.archiveSchema) errors.push(`${at}.archiveSchema must be a schema name.`);
      else {
        try {
          assertValidIdentifier(v.archiveSchema);
          archive = { kind: 'schema', schema: v.archiveSchema };
        } catch (e) {
          errors.push(`${at}.archiveSchema: ${(e as Error).message}`);
        }
      }
    }
    if (v.drop !== undefined && typeof v.drop !== 'boolean') errors.push(`${at}.drop must be true or false.`);
    if (v.drop === true) archive = { kind: 'drop' };
    if (v.renamePrefix !== undefined) {
      if (typeof v.renamePrefix !== 'string' || !v.renamePrefix) errors.push(`${at}.renamePrefix must be a non-empty string.`);
      else archive = { kind: 'rename', prefix: v.renamePrefix };
    }
    if (retention !== undefined && !archive && modes.length === 0) {
      errors.push(`${at}: with "retention" say what happens to old partitions: "archiveSchema": "archive", "renamePrefix": "archived_" or "drop": true.`);
    }
    if (archive && retention === undefined) errors.push(`${at}: ${modes[0] ?? 'archiving'} needs "retention" (how many periods to keep).`);
    let namePattern: string | undefined;
    if (v.namePattern !== undefined) {
      if (typeof v.namePattern !== 'string') errors.push(`${at}.namePattern must be a string.`);
      else {
        const problem = checkNamePattern(v.namePattern);
        if (problem) errors.push(`${at}.namePattern: ${problem}`);
        else namePattern = v.namePattern;
      }
    }
    if (isInterval(v.interval)) tables.push({ table: name, interval: v.interval, premake, retention, archive, namePattern });
  }
  if (errors.length) throw new PolicyError(errors.join('\n'));
  if (tables.length === 0) throw new PolicyError(`${file}: "tables" is empty; nothing to maintain.`);
  return { tables };
}

/** Reads and validates a policy file. */
export function loadPolicyFile(file: string): Policy {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new PolicyError(code === 'ENOENT' ? `Policy file ${file} not found (create it, or pass --config FILE).` : `Cannot read ${file}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new PolicyError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  return parsePolicy(json, file);
}

export interface MaintainItem {
  readonly table: string;
  /** In order: create upcoming, archive, then (drop mode) the DROP plan. */
  readonly plans: readonly Plan[];
  /** Set when the plans for this table could not be built. */
  readonly error?: string;
}

/** Builds every table's plans; one table's problem does not stop the others. */
export async function buildMaintainPlans(q: Queryable, policy: Policy, now = new Date()): Promise<MaintainItem[]> {
  const out: MaintainItem[] = [];
  for (const t of policy.tables) {
    try {
      const plans: Plan[] = [await buildCreateUpcomingPlan(q, t.table, { interval: t.interval, count: t.premake, now, namePattern: t.namePattern })];
      if (t.retention !== undefined && t.archive) {
        const a = await buildArchivePlans(q, t.table, { keep: t.retention, interval: t.interval, mode: t.archive, now });
        plans.push(a.archive);
        if (a.drop) plans.push(a.drop);
      }
      out.push({ table: t.table, plans });
    } catch (e) {
      out.push({ table: t.table, plans: [], error: (e as Error).message });
    }
  }
  return out;
}
