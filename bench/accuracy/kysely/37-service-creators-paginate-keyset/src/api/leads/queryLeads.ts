import type { AppContext } from '../../context';

interface Params {
  status?: string;
  limit: number;
  cursor?: string;
}

export default function (server: { add: (nsid: string, handler: unknown) => void }, ctx: AppContext) {
  server.add('tools.leads.queryLeads', async ({ params, auth }: { params: Params; auth: { userId: number } }) => {
    const modService = ctx.modService(ctx.db);
    const results = await modService.getLeads({ userId: auth.userId, status: params.status, limit: params.limit, cursor: params.cursor }); // expect: scans-all [ky37a] cross
    return { encoding: 'application/json', body: results };
  });

  server.add('tools.leads.queryLeadsForMonth', async ({ params, auth }: { params: Params & { month: string }; auth: { userId: number } }) => {
    const start = new Date(`${params.month}-01T00:00:00Z`);
    const end = new Date(start.getTime() + 31 * 86_400_000);
    const modService = ctx.modService(ctx.db);
    const results = await modService.getLeads({
      userId: auth.userId,
      createdAfter: start.toISOString(),
      createdBefore: end.toISOString(),
      limit: params.limit,
      cursor: params.cursor,
    }); // expect: prunes [ky37b] cross
    return { encoding: 'application/json', body: results };
  });

  server.add('tools.leads.getLead', async ({ params }: { params: { id: number } }) => {
    const lead = await ctx.modService(ctx.db).getLead(params.id); // expect: scans-all [ky37c] cross
    if (!lead) throw new Error('LeadNotFound');
    return { encoding: 'application/json', body: lead };
  });
}
