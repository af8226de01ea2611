import { and, db, eq, schema } from '@/lib/db';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { requireUser, t } from '../../trpc';

export const updateLeadStatus = t.procedure
  .use(requireUser)
  .input(z.object({ leadId: z.number(), status: z.string() }))
  .mutation(async ({ input, ctx }) => {
    const lead = await db.query.leads
      .findFirst({
        where: (table, { eq, and }) => and(eq(table.userId, ctx.user.id), eq(table.id, input.leadId)),
      })
      .catch((_err) => {
        throw new TRPCError({
          code: 'INTERNAL_SERVER_ERROR',
          message: 'We were unable to update the status of this lead. Please try again or contact support.',
        });
      }); // expect: scans-all [dz43a]

    if (!lead) {
      throw new TRPCError({ code: 'NOT_FOUND', message: 'We are unable to find the correct lead.' });
    }

    await db
      .transaction(async (tx) => {
        await tx
          .update(schema.leads)
          .set({ status: input.status })
          .where(and(eq(schema.leads.id, lead.id), eq(schema.leads.createdAt, lead.createdAt))); // expect: prunes [dz43b]
      })
      .catch((_err) => {
        throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'We are unable to update the status of this lead.' });
      });

    return { leadId: lead.id, updated: true };
  });
