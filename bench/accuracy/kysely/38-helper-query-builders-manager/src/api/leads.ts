import { sql } from 'kysely';
import type { AccountManager } from '../account-manager/index';

type Ctx = { accountManager: AccountManager };
type Server = { method: (nsid: string, handler: (args: { params: Record<string, string>; auth: { userId: number } }) => Promise<unknown>) => void };

export default function (server: Server, ctx: Ctx) {
  server.method('app.leads.getLead', async ({ params }) => {
    const lead = await ctx.accountManager.getLead(Number(params.id), { includeArchived: true }); // expect: scans-all [ky38a] cross
    if (!lead) throw new Error('LeadNotFound');
    return lead;
  });

  server.method('app.leads.resolveEmail', async ({ params }) => {
    const lead = await ctx.accountManager.getLeadByEmail(params.email!); // expect: scans-all [ky38h] cross
    return { id: lead?.id ?? null };
  });

  server.method('app.leads.listWindow', async ({ params, auth }) => {
    const since = new Date(params.since!);
    const until = new Date(since.getTime() + 7 * 86_400_000);
    return ctx.accountManager.getLeadsInWindow(auth.userId, since, until); // expect: prunes [ky38b] cross
  });

  server.method('app.leads.campaigns', async ({ auth }) => {
    return ctx.accountManager.getCampaigns(auth.userId); // expect: prunes [ky38f] cross
  });

  server.method('app.leads.stats', async ({ auth }) => {
    const row = await ctx.accountManager.db.db
      .selectFrom('leads')
      .select(sql<number>`count(*)`.as('count'))
      .where('user_id', '=', auth.userId)
      .executeTakeFirst(); // expect: scans-all [ky38g]
    return { count: Number(row?.count ?? 0) };
  });
}
