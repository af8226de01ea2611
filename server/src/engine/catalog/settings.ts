/**
 * The `partitionLens.tables` setting: partitioned tables whose DDL is not in the repository.
 *
 * The value is an array; each entry is either an object
 *   `{ "name": "public.leads" | "leads", "strategy": "range" | "list" | "hash",
 *      "key": ["created_at"] | ["(lower(email))"],
 *      "partitions": [{ "name": "leads_2026_11", "bound": "FOR VALUES FROM (...) TO (...)" }] }`
 * or a DDL string (`CREATE TABLE … PARTITION BY …; CREATE TABLE … PARTITION OF …`).
 * Names and keys are SQL: unquoted names fold to lower case, `"Quoted"` ones stay exact.
 * Unqualified partition names live in their parent's schema.
 *
 * Entries are turned into DDL and read by the same code as workspace files, so both agree.
 * Problems come back as messages (never thrown) that the server shows to the user.
 */
import { CatalogBuilder, extractDdl, type DdlOp } from './ddl';
import type { PartitionedTable, SourceRef } from './model';

export interface TablesSettingResult {
  readonly tables: PartitionedTable[];
  /** One clear message per invalid entry or statement, prefixed with its position in the setting. */
  readonly errors: string[];
}

const STRATEGIES = new Set(['range', 'list', 'hash']);

export function parseTablesSetting(value: unknown): TablesSettingResult {
  const errors: string[] = [];
  if (value === undefined || value === null) return { tables: [], errors };
  if (!Array.isArray(value)) {
    return { tables: [], errors: ['partitionLens.tables must be an array of table declarations.'] };
  }
  const builder = new CatalogBuilder();
  value.forEach((entry: unknown, i: number) => {
    const where = `partitionLens.tables[${i}]`;
    const ops = typeof entry === 'string' ? fromDdlString(entry, where, errors) : fromObject(entry, where, errors);
    if (ops) builder.apply(ops);
  });
  return { tables: builder.build(), errors };
}

function fromDdlString(ddl: string, where: string, errors: string[]): DdlOp[] | undefined {
  const r = extractDdl(ddl, { sourceKind: 'setting', detail: where, allErrors: true });
  for (const e of r.errors) errors.push(`${where}: ${e.message} (at character ${e.offset + 1} of the DDL string)`);
  if (r.errors.length) return undefined;
  if (!r.ops.some((o) => o.op === 'create' && o.scheme)) {
    errors.push(`${where}: no CREATE TABLE … PARTITION BY … statement found in the DDL string.`);
    return undefined;
  }
  return r.ops;
}

function fromObject(entry: unknown, where: string, errors: string[]): DdlOp[] | undefined {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
    errors.push(`${where} must be an object { "name", "strategy", "key" } or a "CREATE TABLE … PARTITION BY …" string.`);
    return undefined;
  }
  const e = entry as Record<string, unknown>;
  const problems: string[] = [];
  const name = e['name'];
  if (typeof name !== 'string' || name.trim() === '') problems.push('"name" must be a non-empty string such as "public.leads"');
  const strategy = typeof e['strategy'] === 'string' ? e['strategy'].toLowerCase() : undefined;
  if (!strategy || !STRATEGIES.has(strategy)) problems.push('"strategy" must be "range", "list" or "hash"');
  const key = e['key'];
  const keyList = typeof key === 'string' ? [key] : key;
  if (!Array.isArray(keyList) || keyList.length === 0 || keyList.some((k) => typeof k !== 'string' || k.trim() === '')) {
    problems.push('"key" must be a non-empty array of column names or parenthesised expressions, e.g. ["created_at"] or ["(lower(email))"]');
  } else if (strategy === 'list' && keyList.length > 1) {
    problems.push('LIST partitioning takes exactly one key column or expression');
  }
  const partitions = e['partitions'];
  if (partitions !== undefined && !Array.isArray(partitions)) problems.push('"partitions" must be an array of { "name", "bound" }');
  for (const k of Object.keys(e)) {
    if (!['name', 'strategy', 'key', 'partitions'].includes(k)) problems.push(`unknown property "${k}"`);
  }
  if (problems.length) {
    errors.push(`${where}: ${problems.join('; ')}.`);
    return undefined;
  }
  const source: SourceRef = { kind: 'setting', detail: where };
  const keys = keyList as string[];
  const ddl = (parts: readonly string[]): string => `CREATE TABLE ${name as string} () PARTITION BY ${strategy!.toUpperCase()} (${parts.join(', ')})`;
  // Keys are written as in PARTITION BY; an expression without its parentheses (`a + b`) is
  // accepted too, by trying again with every key parenthesised.
  const firstTry: string[] = [];
  let table = single(ddl(keys), where, firstTry);
  if (!table) {
    table = single(ddl(keys.map((k) => `(${k})`)), where, []);
    if (!table) errors.push(...firstTry);
  }
  if (!table || table.op !== 'create' || !table.scheme) return undefined;
  const ops: DdlOp[] = [{ ...table, source }];
  const parentSchema = table.rel.schema;
  ((partitions as unknown[] | undefined) ?? []).forEach((p, j) => {
    const pw = `${where}.partitions[${j}]`;
    if (!p || typeof p !== 'object' || typeof (p as Record<string, unknown>)['name'] !== 'string' || typeof (p as Record<string, unknown>)['bound'] !== 'string') {
      errors.push(`${pw} must be an object { "name": "…", "bound": "FOR VALUES … | DEFAULT" }.`);
      return;
    }
    const { name: pname, bound } = p as { name: string; bound: string };
    const op = single(`CREATE TABLE ${pname} PARTITION OF ${name as string} ${bound}`, pw, errors);
    if (!op || op.op !== 'create' || !op.partitionOf) return;
    const kind = op.partitionOf.bound.kind;
    if (kind !== 'default' && kind !== strategy) {
      errors.push(`${pw}: a ${kind.toUpperCase()} bound ("${bound}") does not fit a ${strategy!.toUpperCase()} partitioned table.`);
      return;
    }
    const rel = op.rel.schema === undefined && parentSchema !== undefined ? { schema: parentSchema, name: op.rel.name } : op.rel;
    ops.push({ ...op, rel, source: { kind: 'setting', detail: pw } });
  });
  return ops;
}

/** Exactly one catalog operation from one generated statement, or an error message. */
function single(sql: string, where: string, errors: string[]): DdlOp | undefined {
  const r = extractDdl(sql, { sourceKind: 'setting', detail: where, allErrors: true });
  if (r.errors.length) {
    errors.push(`${where}: ${r.errors[0]!.message} in: ${sql}`);
    return undefined;
  }
  if (r.ops.length !== 1) {
    errors.push(`${where}: expected one table declaration, got ${r.ops.length} statements in: ${sql}`);
    return undefined;
  }
  return r.ops[0];
}
