import { count, db, schema } from '@/lib/db';
import { TRPCError } from '@trpc/server';
import { requireUser, t } from '../../../trpc';
import { queryLeadsPayload } from './schema';
import { buildLeadConditions, leadsWhere, transformLeadFilters } from './utils';

export const queryLeads = t.procedure
  .use(requireUser)
  .input(queryLeadsPayload)
  .query(async ({ ctx, input }) => {
    const params = transformLeadFilters(input, ctx.user.id);

    const [leads, [total]] = await Promise.all([
      db.query.leads.findMany({
        where: (table, { and }) => and(...buildLeadConditions(table, params)),
        orderBy: (table, { desc }) => [desc(table.createdAt)],
        limit: input.limit,
      }), // expect: prunes [dz43f] cross
      db.select({ count: count() }).from(schema.leads).where(leadsWhere(schema.leads, params)), // expect: prunes [dz43g] cross
    ]).catch((_err) => {
      throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'Failed to retrieve leads.' });
    });

    return { leads, total: total?.count ?? 0 };
  });
