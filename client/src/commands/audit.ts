/**
 * The pruning audit in the editor: "Open Pruning Audit" reads the connection's
 * pg_stat_statements (read-only, with progress), opens the report as a read-only document,
 * refreshes the explorer's "Queries scanning every partition" nodes, and tells the language
 * server which statement shapes the database ran, so matching findings say so.
 */
import { formatAuditText } from '../../../server/src/cli/audit';
import { command, type CommandContext, type CommandSpec } from './types';

async function openAudit(ctx: CommandContext, node?: unknown): Promise<number | undefined> {
  const conn = await ctx.pickConnection(node);
  if (!conn) return undefined;
  const report = await ctx.ui.progress(`Partition Lens: pruning audit of ${conn.label}`, (progress, signal) => {
    let reported = 0;
    return ctx.catalog.audit(conn.id, {
      fresh: true,
      signal,
      progress: (done, total) => {
        if (total === 0) return;
        const pct = Math.floor((done / total) * 100);
        if (pct > reported) {
          progress.report(`planned ${done} of ${total} statements`, pct - reported);
          reported = pct;
        }
      },
    });
  });
  if (!report.available) {
    await ctx.ui.openGenerated({ name: 'pruning-audit.txt', content: `${report.unavailableReason ?? 'pg_stat_statements is not available.'}\n`, language: 'plaintext', beside: true });
    ctx.ui.warn('Partition Lens: pg_stat_statements is not available in this database (the report says how to enable it).');
    return undefined;
  }
  const header = `Pruning audit of ${conn.label}: statements from pg_stat_statements judged by the planner (read-only; nothing was reset).\n\n`;
  await ctx.ui.openGenerated({ name: 'pruning-audit.txt', content: header + formatAuditText({ ...report, matches: {} }), language: 'plaintext', beside: true });
  ctx.publishRuntimeEvidence?.({
    connection: conn.label,
    statements: report.unpruned.flatMap((e) => (e.shape ? [{ shape: e.shape, calls: e.calls, totalMs: e.totalMs }] : [])),
  });
  ctx.refresh();
  const n = report.unpruned.length;
  ctx.ui.info(`Partition Lens: ${n === 0 ? 'no statement' : n === 1 ? '1 statement' : `${n} statements`} in pg_stat_statements scan every partition.`);
  return n;
}

export const auditCommands: CommandSpec[] = [
  command({
    id: 'partitionLens.openAuditReport',
    title: 'Open Pruning Audit',
    icon: 'pulse',
    menus: { item: [{ when: 'viewItem =~ /^connection\\.connected$/', group: '1_read@6' }, { when: 'viewItem == audit', group: 'inline' }] },
    handler: openAudit,
  }),
];
