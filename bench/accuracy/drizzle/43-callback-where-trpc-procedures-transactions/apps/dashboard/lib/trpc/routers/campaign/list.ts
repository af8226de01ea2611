import { db } from '@/lib/db';
import { requireUser, t } from '../../trpc';

export const listCampaigns = t.procedure.use(requireUser).query(async ({ ctx }) => {
  return await db.query.campaigns.findMany({
    where: (table, { and, eq }) => and(eq(table.userId, ctx.user.id), eq(table.archived, false)),
    orderBy: (table, { asc }) => asc(table.name),
  }); // expect: prunes [dz43i]
});
