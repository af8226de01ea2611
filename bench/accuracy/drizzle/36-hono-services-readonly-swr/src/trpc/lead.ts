import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, schema } from '../db';
import { protectedProcedure, t } from './trpc';

export const leadRouter = t.router({
  delete: protectedProcedure.input(z.object({ leadId: z.number() })).mutation(async ({ ctx, input }) => {
    await db.transaction(async (tx) => {
      await tx
        .update(schema.leads)
        .set({ status: 'deleted' })
        .where(and(eq(schema.leads.id, input.leadId), eq(schema.leads.userId, ctx.user.id))); // expect: scans-all [dz36c]
    });
  }),
});
