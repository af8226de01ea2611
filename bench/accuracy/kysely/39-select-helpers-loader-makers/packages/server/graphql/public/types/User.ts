import type RootDataLoader from '../../../dataloader/RootDataLoader';
import { selectCampaigns, selectLeads } from '../../../postgres/select';
import { getLeadCountSince } from '../../../utils/leadStats';

type Ctx = { dataLoader: RootDataLoader; authUserId: number };
type UserSource = { id: number };

export const User = {
  timeline: async ({ id }: UserSource, { first, after }: { first: number; after?: Date | null }) => {
    const events = await selectLeads()
      .where('user_id', '=', id)
      .$if(!!after, (qb) => qb.where('created_at', '<', after!))
      .orderBy('created_at', 'desc')
      .limit(first + 1)
      .execute(); // expect: scans-all [ky39a] cross
    return { edges: events.slice(0, first), hasNextPage: events.length > first };
  },

  favoriteLead: async ({ id: _id }: UserSource, { leadId }: { leadId: number }, { dataLoader }: Ctx) => {
    return dataLoader.get('leads').load(leadId); // expect: scans-all [ky39b] cross
  },

  campaigns: async ({ id }: UserSource) => {
    return selectCampaigns().where('user_id', '=', id).where('archived', '=', false).execute(); // expect: prunes [ky39e] cross
  },

  leadsThisWeek: async ({ id }: UserSource) => {
    return getLeadCountSince(id, new Date(Date.now() - 7 * 86_400_000)); // expect: prunes [ky39g] cross
  },
};

export const Lead = {
  outputs: async ({ id }: { id: number }, _args: unknown, { dataLoader }: Ctx) => {
    return dataLoader.get('outputsByLeadId').load(id); // expect: scans-all [ky39c] cross
  },
};
