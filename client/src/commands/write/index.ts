/**
 * Write-side commands of the partition explorer: Create Partition, Create Upcoming Partitions,
 * Create Hash Partitions, Detach (CONCURRENTLY where possible), Finalize Detach, Archive Old
 * Partitions, Convert Table to Partitioned, Partition Sizes and Explain Pruning. Each one asks
 * with validated inputs through the UI port, shows its whole SQL for review (Run / Cancel) and runs
 * it only on Run (see ./ui.ts). No argument skips a prompt: a tree node is the only argument.
 */
import * as convertModule from '../../../../server/src/db/convert';
import { explainPruning, formatPruning } from '../../../../server/src/db/explain';
import { INTERVALS, detectInterval, parseTemporal, isInterval, type Interval } from '../../../../server/src/db/periods';
import {
  buildArchivePlans,
  buildCreateHashPlan,
  buildCreatePartitionPlan,
  buildCreateUpcomingPlan,
  buildDetachPlan,
  formatSizesMarkdown,
  loadTarget,
  newPartitionFor,
  partitionSizes,
  suggestPartitionName,
  type ArchiveMode,
  type CreatePartitionInput,
  type Plan,
  type TargetTable,
} from '../../../../server/src/db/plan';
import { assertValidIdentifier } from '../../../../server/src/db/quote';
import { buildRunMaintenancePlan, describePartman, loadPartmanConfigs, partmanFor, retentionKeep, type PartmanConfig } from '../../../../server/src/db/partman';
import type { ActiveConnection } from '../../connections/manager';
import type { ExplorerNode } from '../../explorer/nodes';
import { command, type CommandContext, type CommandSpec } from '../types';
import { parseListValues, statementAt } from './text';
import type { UiPort } from '../port';
import { confirmAndRun, isRecord, previewAndConfirm, runPlan } from './ui';

const isNode = (v: unknown): v is ExplorerNode => isRecord(v) && 'kind' in v && 'id' in v;

const TABLE_ITEM = 'viewItem =~ /^partitionedTable\\./';
const PARTITION_ITEM = 'viewItem =~ /^partition\\.(leaf|default|partitioned)$/';

function validateIdentifier(v: string): string | undefined {
  if (!v.trim()) return 'A name is required.';
  try {
    assertValidIdentifier(v.trim());
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

function validateWhole(min: number, max: number) {
  return (v: string): string | undefined => (/^\d+$/.test(v.trim()) && Number(v) >= min && Number(v) <= max ? undefined : `Enter a whole number from ${min} to ${max}.`);
}

/** The table (and its connection) a command works on: from a tree node, else a picker. */
async function tableFor(ctx: CommandContext, node: unknown, filter?: (s: string) => boolean): Promise<{ conn: ActiveConnection; target: TargetTable } | undefined> {
  const picked = await ctx.pickTable(node, filter ? (t) => filter(t.strategy) : undefined);
  if (!picked) return undefined;
  const target = await loadTarget(picked.connection.db, { schema: picked.table.schema, name: picked.table.name });
  return { conn: picked.connection, target };
}

/**
 * Asks for the interval. Highlighted (Enter keeps it): what the existing partitions use, else the
 * proposal for the data (`suggested`), else month — never the first item by accident.
 */
async function pickInterval(ui: UiPort, target: TargetTable | undefined, suggested?: { interval: Interval; reason: string }): Promise<Interval | undefined> {
  let detected: Interval | undefined;
  if (target) {
    const ranges = target.partitions.flatMap((p) => {
      if (p.bound.kind !== 'range') return [];
      const f = p.bound.from[0];
      const t = p.bound.to[0];
      const from = f?.kind === 'value' ? parseTemporal(f.text) : undefined;
      const to = t?.kind === 'value' ? parseTemporal(t.text) : undefined;
      return from && to ? [{ from, to }] : [];
    });
    detected = detectInterval(ranges);
  }
  const why = detected ? 'what the existing partitions use' : suggested ? `proposed from the data: ${suggested.reason}` : 'a common start';
  const best = detected ?? suggested?.interval ?? 'month';
  const items = INTERVALS.map((iv) => ({ label: iv, description: iv === best ? why : undefined }));
  items.sort((a, b) => (a.label === best ? -1 : b.label === best ? 1 : 0));
  const pick = await ui.pick(items, { placeHolder: 'Partition interval', active: items.find((i) => i.label === best) });
  return pick && isInterval(pick.label) ? pick.label : undefined;
}

// Create Partition ---------------------------------------------------------------------------

async function askPartitionInput(ui: UiPort, target: TargetTable, namePattern: string | undefined): Promise<CreatePartitionInput | undefined> {
  type Kind = CreatePartitionInput['kind'];
  const kinds: { label: string; value: Kind }[] = [{ label: `${target.strategy.toUpperCase()} bound`, value: target.strategy }];
  if (target.strategy !== 'hash' && !target.defaultPartition) kinds.push({ label: 'DEFAULT partition', value: 'default' });
  const kind: Kind | undefined = kinds.length === 1 ? kinds[0]!.value : (await ui.pick(kinds, { placeHolder: 'What kind of partition?' }))?.value;
  if (!kind) return undefined;
  let input: CreatePartitionInput;
  const keyNames = target.key.map((k) => k.column ?? k.expression).join(', ');
  if (kind === 'range') {
    const ask = async (which: string, from?: string[]): Promise<string[] | undefined> => {
      const v = await ui.input({
        title: `${which} ${which === 'TO' ? '(exclusive upper bound)' : '(inclusive lower bound)'} for ${keyNames}`,
        prompt: target.key.length > 1 ? `${target.key.length} values separated by commas; MINVALUE / MAXVALUE allowed` : 'A value, MINVALUE or MAXVALUE',
        placeHolder: target.key[0]?.temporal ? '2026-12-01' : undefined,
        validate: (s) => {
          const vals = parseListValues(s);
          if (vals.length !== target.key.length || vals.some((x) => x === null)) return `Give ${target.key.length} value(s).`;
          if (!from) return undefined;
          // The same overlap check the plan makes, while typing.
          try {
            newPartitionFor(target, { kind: 'range', from, to: vals as string[], name: 'validation_only' });
            return undefined;
          } catch (e) {
            return (e as Error).message;
          }
        },
      });
      return v === undefined ? undefined : (parseListValues(v) as string[]);
    };
    const from = await ask('FROM');
    if (!from) return undefined;
    const to = await ask('TO', from);
    if (!to) return undefined;
    input = { kind, from, to };
  } else if (kind === 'list') {
    const v = await ui.input({
      title: `Values of ${keyNames} for the new partition`,
      prompt: "Comma-separated; quote values containing commas ('a,b'); NULL for nulls",
      validate: (s) => {
        const vals = parseListValues(s);
        if (!vals.length) return 'Give at least one value.';
        try {
          newPartitionFor(target, { kind: 'list', values: vals, name: 'validation_only' });
          return undefined;
        } catch (e) {
          return (e as Error).message;
        }
      },
    });
    if (v === undefined) return undefined;
    input = { kind, values: parseListValues(v) };
  } else if (kind === 'hash') {
    const used = target.partitions.flatMap((p) => (p.bound.kind === 'hash' ? [p.bound] : []));
    const m = await ui.input({ title: 'Hash modulus', value: String(used[0]?.modulus ?? 8), validate: validateWhole(1, 1024) });
    if (m === undefined) return undefined;
    const free = Array.from({ length: Number(m) }, (_, r) => r).find((r) => !used.some((u) => u.modulus === Number(m) && u.remainder === r));
    const r = await ui.input({ title: 'Hash remainder', value: String(free ?? 0), validate: validateWhole(0, Number(m) - 1) });
    if (r === undefined) return undefined;
    input = { kind, modulus: Number(m), remainder: Number(r) };
  } else input = { kind: 'default' };
  let suggested: string;
  try {
    suggested = suggestPartitionName(target, input, namePattern);
  } catch {
    suggested = `${target.name}_new`;
  }
  const name = await ui.input({ title: 'Name of the new partition', value: suggested, validate: validateIdentifier });
  if (name === undefined) return undefined;
  return { ...input, name: name.trim() };
}

async function createPartition(ctx: CommandContext, node?: unknown): Promise<boolean> {
  const t = await tableFor(ctx, node);
  if (!t) return false;
  const settings = ctx.writeSettings();
  const input = await askPartitionInput(ctx.ui, t.target, settings.namePattern);
  if (!input) return false;
  const plan = await buildCreatePartitionPlan(t.conn.db, t.target, input, { namePattern: settings.namePattern });
  return confirmAndRun(ctx, t.conn, plan);
}

// Create Upcoming / Hash ---------------------------------------------------------------------

/** pg_partman's settings when it manages the table (read fresh: a plan must not use a stale one). */
async function partmanOf(conn: ActiveConnection, t: TargetTable): Promise<PartmanConfig | undefined> {
  return partmanFor(await loadPartmanConfigs(conn.db), { schema: t.schema, name: t.name });
}

async function createUpcoming(ctx: CommandContext, node?: unknown): Promise<boolean> {
  const t = await tableFor(ctx, node, (s) => s === 'range');
  if (!t) return false;
  const managed = await partmanOf(t.conn, t.target);
  if (managed) {
    // pg_partman names, templates and retains its own partitions: let it make them.
    const choices = [
      { label: 'Run pg_partman maintenance for this table', detail: describePartman(managed), partman: true },
      { label: 'Create partitions with Partition Lens anyway', detail: "Their names may not follow pg_partman's scheme, and its maintenance may not treat them as its own.", partman: false },
    ];
    const pick = await ctx.ui.pick(choices, { placeHolder: `pg_partman manages ${t.target.schema}.${t.target.name}`, active: choices[0] });
    if (!pick) return false;
    if (pick.partman) return confirmAndRun(ctx, t.conn, buildRunMaintenancePlan(managed));
  }
  const settings = ctx.writeSettings();
  const interval = await pickInterval(ctx.ui, t.target);
  if (!interval) return false;
  const v = await ctx.ui.input({ title: `How many ${interval}s ahead of the current one?`, value: String(settings.upcomingCount), validate: validateWhole(0, 1000) });
  if (v === undefined) return false;
  const plan = await buildCreateUpcomingPlan(t.conn.db, t.target, { interval, count: Number(v), namePattern: settings.namePattern });
  return confirmAndRun(ctx, t.conn, plan);
}

async function createHash(ctx: CommandContext, node?: unknown): Promise<boolean> {
  const t = await tableFor(ctx, node, (s) => s === 'hash');
  if (!t) return false;
  const v = await ctx.ui.input({ title: 'Modulus (number of hash partitions)', value: '8', validate: validateWhole(1, 1024) });
  if (v === undefined) return false;
  return confirmAndRun(ctx, t.conn, await buildCreateHashPlan(t.conn.db, t.target, Number(v)));
}

// Detach / Finalize --------------------------------------------------------------------------

async function partitionFor(ctx: CommandContext, node: unknown): Promise<{ conn: ActiveConnection; schema: string; name: string; pending: boolean } | undefined> {
  if (isNode(node) && node.kind === 'partition') {
    const conn = await ctx.pickConnection(node);
    if (!conn) return undefined;
    return { conn, schema: node.partition.schema, name: node.partition.name, pending: node.partition.detachPending };
  }
  const t = await tableFor(ctx, node);
  if (!t) return undefined;
  const pick = await ctx.ui.pick(
    t.target.partitions.map((p) => ({ label: p.name, description: p.boundText, detail: p.detachPending ? 'detach pending' : undefined, p })),
    { placeHolder: `Partition of ${t.target.schema}.${t.target.name}` },
  );
  return pick ? { conn: t.conn, schema: pick.p.schema, name: pick.p.name, pending: pick.p.detachPending } : undefined;
}

async function detach(ctx: CommandContext, node?: unknown): Promise<boolean> {
  const p = await partitionFor(ctx, node);
  if (!p) return false;
  const ref = { schema: p.schema, name: p.name };
  let plan: Plan;
  try {
    plan = await buildDetachPlan(p.conn.db, ref, p.pending ? 'finalize' : 'auto');
  } catch (e) {
    // The database layer refuses a plain detach from a HASH-partitioned table (inserts for that
    // remainder would fail) and offers a replace-in-place plan whose consequence it spells out.
    const refused = e as { name?: string; reason?: string; consequence?: string };
    if (refused?.name !== 'HashDetachRefused' || !refused.reason) throw e;
    const choice = await ctx.ui.ask(refused.reason, { detail: refused.consequence, choices: ['Replace in Place…'] });
    if (choice !== 'Replace in Place…') return false;
    // `DetachOptions` (4th argument) comes with the database layer's refusal; typed loosely so
    // this compiles on either side of that change.
    const withOptions = buildDetachPlan as unknown as (q: unknown, r: typeof ref, mode: 'auto', opts: { replaceInPlace: boolean }) => Promise<Plan>;
    plan = await withOptions(p.conn.db, ref, 'auto', { replaceInPlace: true });
  }
  return confirmAndRun(ctx, p.conn, plan);
}

async function finalizeDetach(ctx: CommandContext, node?: unknown): Promise<boolean> {
  const p = await partitionFor(ctx, node);
  if (!p) return false;
  return confirmAndRun(ctx, p.conn, await buildDetachPlan(p.conn.db, { schema: p.schema, name: p.name }, 'finalize'));
}

// Archive ------------------------------------------------------------------------------------

async function archive(ctx: CommandContext, node?: unknown): Promise<boolean> {
  const t = await tableFor(ctx, node, (s) => s === 'range');
  if (!t) return false;
  const settings = ctx.writeSettings();
  // pg_partman's retention decides what it keeps: an archive must not take partitions it still keeps.
  const managed = await partmanOf(t.conn, t.target);
  const minKeep = managed ? retentionKeep(managed) : undefined;
  const wholeKeep = validateWhole(0, 100000);
  const v = await ctx.ui.input({
    title: minKeep !== undefined ? `Keep how many periods before the current one? (pg_partman's retention ${managed!.retention} keeps ${minKeep})` : 'Keep how many periods before the current one?',
    value: String(minKeep !== undefined ? Math.max(minKeep, settings.archiveKeep) : settings.archiveKeep),
    validate: (text) =>
      wholeKeep(text) ??
      (minKeep !== undefined && Number(text) < minKeep ? `pg_partman's retention (${managed!.retention}) keeps ${minKeep} periods: keep at least ${minKeep}, or change its retention first.` : undefined),
  });
  if (v === undefined) return false;
  const keep = Number(v);
  const archiveSchema = managed?.retentionSchema ?? settings.archiveSchema;
  const modes: { label: string; mode: ArchiveMode }[] = [
    { label: `Move to schema "${archiveSchema}"${managed?.retentionSchema ? " (pg_partman's retention schema)" : ''}`, mode: { kind: 'schema', schema: archiveSchema } },
    { label: 'Rename to archived_…', mode: { kind: 'rename' } },
    { label: 'Detach, then DROP (asks again)', mode: { kind: 'drop' } },
  ];
  const pick = await ctx.ui.pick(modes, { placeHolder: 'What happens to the old partitions?', active: modes[0] });
  if (!pick) return false;
  const plans = await buildArchivePlans(t.conn.db, t.target, { keep, mode: pick.mode });
  if (!(await confirmAndRun(ctx, t.conn, plans.archive))) return false;
  if (!plans.drop) return true;
  // The DROP is a separate plan with its own review, whose run action is "Drop for Good".
  if (!(await previewAndConfirm(ctx, plans.drop, true))) {
    ctx.ui.info('Partition Lens: the old partitions were detached but not dropped.');
    return true;
  }
  return runPlan(ctx, t.conn, plans.drop);
}

// Convert / Sizes / Explain ------------------------------------------------------------------

/**
 * The interval the database layer proposes from the key's data (`proposeInterval`, issue 11), when
 * that layer has it; looked up by name so this compiles on either side of that change.
 */
async function proposedInterval(db: unknown, table: { schema: string; name: string }, column: string): Promise<{ interval: Interval; reason: string } | undefined> {
  const propose = (convertModule as Record<string, unknown>).proposeInterval;
  if (typeof propose !== 'function') return undefined;
  const p = (await (propose as (q: unknown, ref: typeof table, column: string) => Promise<{ interval: unknown; reason: unknown }>)(db, table, column)) ?? {};
  return isInterval(p.interval) ? { interval: p.interval, reason: String(p.reason ?? '') } : undefined;
}

async function convert(ctx: CommandContext, node?: unknown): Promise<boolean> {
  const conn = await ctx.pickConnection(node);
  if (!conn) return false;
  let table: { schema: string; name: string };
  if (isNode(node) && node.kind === 'largeTable') table = { schema: node.table.schema, name: node.table.name };
  else {
    const { rows } = await conn.db.query<{ schema: string; name: string; rows: number }>(
      `SELECT n.nspname AS schema, c.relname AS name, c.reltuples::float8 AS rows FROM pg_catalog.pg_class c
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'r' AND NOT c.relispartition AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
        ORDER BY c.reltuples DESC, 1, 2 LIMIT 500`,
    );
    const pick = await ctx.ui.pick(
      rows.map((r) => ({ label: `${r.schema}.${r.name}`, description: `~${Math.max(0, Math.round(r.rows)).toLocaleString('en-US')} rows`, r })),
      { placeHolder: 'Table to convert' },
    );
    if (!pick) return false;
    table = { schema: pick.r.schema, name: pick.r.name };
  }
  const { rows } = await conn.db.query<{ attname: string; type: string }>(
    `SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type FROM pg_catalog.pg_attribute a
      WHERE a.attrelid = (SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2)
        AND a.attnum > 0 AND NOT a.attisdropped AND a.atttypid IN ('date'::regtype, 'timestamp'::regtype, 'timestamptz'::regtype) ORDER BY a.attnum`,
    [table.schema, table.name],
  );
  if (rows.length === 0) throw new Error(`${table.schema}.${table.name} has no date or timestamp column to partition by.`);
  const col = await ctx.ui.pick(rows.map((r) => ({ label: r.attname, description: r.type })), { placeHolder: 'Partition key column' });
  if (!col) return false;
  const interval = await pickInterval(ctx.ui, undefined, await proposedInterval(conn.db, table, col.label));
  if (!interval) return false;
  const settings = ctx.writeSettings();
  const r = await convertModule.buildConvertMigration(conn.db, table, { column: col.label, interval, premake: settings.upcomingCount, namePattern: settings.namePattern });
  // Generated, never run: the migration opens as read-only documents (Save As / Copy) for review.
  await ctx.ui.openGenerated({ name: `convert_${table.name}.sql`, content: r.sql, language: 'sql' });
  await ctx.ui.openGenerated({ name: r.railsFileName, content: r.rails, language: 'ruby', beside: true });
  if (r.warnings.length) ctx.ui.warn(`Partition Lens: review the migration — ${r.warnings.join(' ')}`);
  return true;
}

async function sizes(ctx: CommandContext, node?: unknown): Promise<boolean> {
  const picked = await ctx.pickTable(node);
  if (!picked) return false;
  const report = await partitionSizes(picked.connection.db, { schema: picked.table.schema, name: picked.table.name });
  await ctx.ui.openGenerated({ name: `sizes_${picked.table.name}.md`, content: formatSizesMarkdown(report), language: 'markdown', markdownPreview: true });
  return true;
}

/**
 * Explain Pruning of the selection (or the statement at the cursor). A script may pass the query
 * text as `{ sql }`; explaining never changes the database, so that skips no safety prompt.
 */
async function explain(ctx: CommandContext, node?: unknown, args?: unknown): Promise<string | undefined> {
  let sql = isRecord(args) && typeof args.sql === 'string' ? args.sql : undefined;
  if (!sql) {
    const active = ctx.ui.activeText();
    if (!active) throw new Error('Open a SQL file and select a query (or put the cursor in one).');
    sql = active.selectionStart === active.selectionEnd ? statementAt(active.text, active.cursor) : active.text.slice(active.selectionStart, active.selectionEnd);
  }
  if (!sql?.trim()) throw new Error('There is no query at the cursor.');
  const conn = await ctx.pickConnection(isNode(node) ? node : undefined);
  if (!conn) return undefined;
  const query = sql;
  const results = await ctx.ui.progress('Partition Lens: EXPLAIN', () => explainPruning(conn.db, query, { statementTimeoutMs: ctx.writeSettings().statementTimeoutMs }));
  const text = formatPruning(results);
  ctx.log.info(`Explain Pruning:\n${text}`);
  const headline = results.flatMap((r) => (r.error ? [`error: ${r.error}`] : r.tables.map((t) => t.text))).join('; ') || 'no partitioned table in the query';
  const content = `-- Partition Lens: Explain Pruning (${conn.label})\n${text.split('\n').map((l) => (l ? `-- ${l}` : '--')).join('\n')}\n`;
  await ctx.ui.openGenerated({ name: 'explain-pruning.sql', content, language: 'sql', beside: true });
  ctx.ui.info(`Partition Lens: ${headline}`);
  return headline;
}

export const writeCommands: CommandSpec[] = [
  command({ id: 'partitionLens.createPartition', title: 'Create Partition…', icon: 'add', menus: { item: [{ when: TABLE_ITEM, group: '2_write@1' }] }, handler: createPartition }),
  command({ id: 'partitionLens.createUpcomingPartitions', title: 'Create Upcoming Partitions…', icon: 'calendar', menus: { item: [{ when: 'viewItem == partitionedTable.range', group: '2_write@2' }] }, handler: createUpcoming }),
  command({ id: 'partitionLens.createHashPartitions', title: 'Create Hash Partitions…', menus: { item: [{ when: 'viewItem == partitionedTable.hash', group: '2_write@3' }] }, handler: createHash }),
  command({ id: 'partitionLens.detachPartition', title: 'Detach Partition…', menus: { item: [{ when: PARTITION_ITEM, group: '2_write@1' }] }, handler: detach }),
  command({ id: 'partitionLens.finalizeDetach', title: 'Finalize Pending Detach', menus: { item: [{ when: 'viewItem == partition.detachPending', group: '2_write@2' }] }, handler: finalizeDetach }),
  command({ id: 'partitionLens.archiveOldPartitions', title: 'Archive Old Partitions…', icon: 'archive', menus: { item: [{ when: 'viewItem == partitionedTable.range', group: '2_write@4' }] }, handler: archive }),
  command({ id: 'partitionLens.convertToPartitioned', title: 'Convert Table to Partitioned…', menus: { item: [{ when: 'viewItem == table.large', group: '2_write@1' }] }, handler: convert }),
  command({ id: 'partitionLens.partitionSizes', title: 'Partition Sizes', icon: 'graph', menus: { item: [{ when: TABLE_ITEM, group: '1_read@5' }] }, handler: sizes }),
  command({ id: 'partitionLens.explainPruning', title: 'Explain Pruning', menus: { editor: { when: 'editorLangId == sql', group: 'partitionLens@1' } }, handler: explain }),
];
