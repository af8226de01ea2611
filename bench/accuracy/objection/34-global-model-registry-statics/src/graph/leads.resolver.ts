import { WIKI } from '../core/wiki';

type Context = { req: { user: { id: number } } };

export default {
  LeadQuery: {
    async list(_obj: unknown, args: { since?: string; status?: string; limit?: number }, context: Context) {
      const results = await WIKI.models.leads
        .query()
        .column(['id', 'email', 'company', 'status', 'created_at'])
        .where((builder) => {
          builder.where('user_id', context.req.user.id);
          if (args.since) {
            builder.where('created_at', '>=', args.since);
          }
          if (args.status) {
            builder.where('status', args.status);
          }
        })
        .orderBy('created_at', 'desc')
        .limit(args.limit || 50); // expect: scans-all [ob34c]
      return results;
    },
    async single(_obj: unknown, args: { id: number }) {
      const lead = await WIKI.models.leads.getLeadFromDb(args.id); // expect: scans-all [ob34a] cross
      return lead ?? null;
    },
    async byImportLink(_obj: unknown, args: { email: string; createdAt: string }) {
      return WIKI.models.leads.getLeadFromDb({ email: args.email, createdAt: args.createdAt }); // expect: prunes [ob34b] cross
    },
    async history(_obj: unknown, args: { id: number; offsetPage?: number; offsetSize?: number }) {
      const { results, total } = await WIKI.models.agentOutputs.getHistory({ leadId: args.id, offsetPage: args.offsetPage, offsetSize: args.offsetSize }); // expect: scans-all [ob34d] cross
      return { trail: results, total };
    },
  },
  LeadMutation: {
    async update(_obj: unknown, args: { id: number; status: string }) {
      await WIKI.models.leads.updateLead({ id: args.id, status: args.status });
      return { responseResult: { succeeded: true } };
    },
  },
};
