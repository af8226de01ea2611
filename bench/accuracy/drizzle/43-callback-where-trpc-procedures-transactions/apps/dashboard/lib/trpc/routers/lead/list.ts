import { db } from '@/lib/db';
import { z } from 'zod';
import { requireUser, t } from '../../trpc';

export const listLeads = t.procedure
  .use(requireUser)
  .input(z.object({ cursor: z.number().nullish(), limit: z.number().default(100) }))
  .query(async ({ ctx, input }) => {
    const leads = await db.query.leads.findMany({
      where: (table, { and, eq, lt }) => {
        const conditions = [eq(table.userId, ctx.user.id)];
        if (input.cursor) {
          conditions.push(lt(table.id, input.cursor));
        }
        return and(...conditions);
      },
      limit: input.limit + 1,
      orderBy: (table, { desc }) => [desc(table.id)],
    }); // expect: scans-all [dz43h]

    const hasMore = leads.length > input.limit;
    return { leads: hasMore ? leads.slice(0, -1) : leads, nextCursor: hasMore ? leads[input.limit - 1]?.id : null };
  });
