import { and, count, eq, gte } from 'drizzle-orm';
import { leads } from '@karakeep/db';
import { authedProcedure, router } from '../index';
import { sinceDays } from '../lib/time';

export const usersAppRouter = router({
  stats: authedProcedure.query(async ({ ctx }) => {
    const [[{ numLeads }], [{ numLeadsThisWeek }]] = await Promise.all([
      ctx.db.select({ numLeads: count() }).from(leads).where(eq(leads.userId, ctx.user.id)), // expect: scans-all [dz46k]
      ctx.db
        .select({ numLeadsThisWeek: count() })
        .from(leads)
        .where(and(eq(leads.userId, ctx.user.id), gte(leads.createdAt, sinceDays(7)))), // expect: prunes [dz46l] cross
    ]);
    return { numLeads, numLeadsThisWeek };
  }),
});
