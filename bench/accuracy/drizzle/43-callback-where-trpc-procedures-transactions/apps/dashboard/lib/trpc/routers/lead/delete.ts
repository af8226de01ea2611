import { and, db, eq, inArray, schema } from '@/lib/db';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { requireUser, t } from '../../trpc';

export const deleteLeads = t.procedure
  .use(requireUser)
  .input(z.object({ leadIds: z.array(z.number()) }))
  .mutation(async ({ ctx, input }) => {
    const leads = await db.query.leads
      .findMany({
        where: (table, { and, eq, inArray }) => and(eq(table.userId, ctx.user.id), inArray(table.id, input.leadIds)),
        columns: { id: true },
      })
      .catch((_err) => {
        throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'We were unable to delete these leads.' });
      }); // expect: scans-all [dz43c]
    if (leads.length === 0) {
      throw new TRPCError({ code: 'NOT_FOUND', message: 'We are unable to find these leads.' });
    }
    const ids = leads.map((lead) => lead.id);

    await db
      .transaction(async (tx) => {
        await Promise.all([
          // Mark the leads deleted
          tx
            .update(schema.leads)
            .set({ status: 'deleted' })
            .where(and(eq(schema.leads.userId, ctx.user.id), inArray(schema.leads.id, ids))), // expect: scans-all [dz43d]

          // Delete their outputs
          tx.delete(schema.agentOutputs).where(inArray(schema.agentOutputs.leadId, ids)), // expect: scans-all [dz43e]
        ]);
      })
      .catch((err) => {
        console.error(err);
        throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'We are unable to delete the leads.' });
      });
  });
