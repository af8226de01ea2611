import { AgentOutput, Lead } from '../../database/models/index';
import { getCampaignForUser, getLeadCountsByStatus, updateLeadStatus } from '../../services/lead';
import type { Loaders } from '../loaders';
import { paginateResult } from '../pagination';

interface Context {
  auth: { userId: string };
  loaders: Loaders;
}

export const resolvers = {
  Query: {
    leads: async (_root: unknown, { first, after }: { first: number; after: number }, ctx: Context) => {
      const result = await Lead.query().where('user_id', ctx.auth.userId).orderBy('created_at', 'desc').range(after, after + first - 1); // expect: scans-all [ob37a]
      return paginateResult({ result, first, after });
    },
    lead: async (_root: unknown, { id }: { id: string }, ctx: Context) => {
      return ctx.loaders.Lead.load(id); // expect: scans-all [ob37c] cross
    },
    leadInsights: async (_root: unknown, { from, to }: { from: string; to: string }, ctx: Context) => {
      return getLeadCountsByStatus(ctx.auth.userId, { from: new Date(from), to: new Date(to) }); // expect: prunes [ob37d] cross
    },
    campaign: async (_root: unknown, { id }: { id: string }, ctx: Context) => {
      return getCampaignForUser(ctx.auth.userId, id); // expect: prunes [ob37g] cross
    },
  },
  Lead: {
    outputs: async (lead: Lead, { first, after }: { first: number; after: number }) => {
      const result = await lead.$relatedQuery('outputs').orderBy('created_at', 'desc').range(after, after + first - 1); // expect: scans-all [ob37b]
      return paginateResult({ result, first, after });
    },
    recentOutputs: async (lead: Lead) => {
      const since = new Date(Date.now() - 7 * 86_400_000);
      return AgentOutput.getRecentForLead(lead.id, since); // expect: prunes [ob37e] cross
    },
  },
  Mutation: {
    setLeadStatus: async (_root: unknown, { id, status }: { id: string; status: string }) => {
      return updateLeadStatus(id, status); // expect: scans-all [ob37f] cross
    },
  },
};
