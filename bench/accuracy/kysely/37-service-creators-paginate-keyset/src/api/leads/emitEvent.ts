import type { AppContext } from '../../context';

interface Input {
  leadId: number;
  leadCreatedAt: string;
  action: 'close' | 'reset';
}

export default function (server: { add: (nsid: string, handler: unknown) => void }, ctx: AppContext) {
  server.add('tools.leads.emitEvent', async ({ input }: { input: Input }) => {
    await ctx.db.transaction(async (dbTxn) => {
      const moderationTxn = ctx.modService(dbTxn);
      const lead = { id: input.leadId, createdAt: new Date(input.leadCreatedAt) };
      await moderationTxn.setLeadStatus(lead, input.action === 'close' ? 'closed' : 'new'); // expect: prunes [ky37e] cross
      if (input.action === 'reset') {
        await moderationTxn.deleteOutputsForLead(input.leadId); // expect: scans-all [ky37f] cross
      }
    });
    return { encoding: 'application/json', body: { ok: true } };
  });
}
