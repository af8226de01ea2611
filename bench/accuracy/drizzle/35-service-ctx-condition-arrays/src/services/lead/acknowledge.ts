import { and, db as defaultDb, eq } from '../../db';
import { leads } from '../../db/schema';
import type { ServiceContext } from '../context';
import { getLeadInWorkspace } from './internal';

export async function acknowledgeLead(args: { ctx: ServiceContext; input: { id: number } }) {
  const { ctx, input } = args;
  const db = ctx.db ?? defaultDb;

  return db.transaction(async (tx) => {
    const [row] = await getLeadInWorkspace({ tx, id: input.id, workspaceId: ctx.workspace.id }); // expect: scans-all [dz35c] cross
    if (!row) throw new Error(`lead ${input.id} not found`);

    await tx
      .update(leads)
      .set({ status: 'acknowledged' })
      .where(and(eq(leads.id, row.id), eq(leads.createdAt, row.createdAt))); // expect: prunes [dz35d]
    return row.id;
  });
}
