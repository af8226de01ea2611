import type { Context, Lead } from '../../definitions/index.js'

import { daysAgo } from '../../common/utils/time.js'

// Resolvers of the Lead type: the parent object is the row the parent resolver loaded.
export const Lead = {
  campaign: ({ campaignId }: Lead, _: unknown, { viewer, dataSources: { atomService } }: Context) =>
    campaignId ? atomService.findFirst({ table: 'campaigns', where: { id: campaignId, userId: viewer.id } }) : null, // expect: prunes [kx50c] cross

  outputs: ({ id }: Lead, _: unknown, { dataSources: { atomService } }: Context) =>
    atomService.findMany({ table: 'agent_outputs', where: { leadId: id }, orderBy: [{ column: 'createdAt', order: 'desc' }] }), // expect: scans-all [kx50d] cross

  // Only the outputs written since the lead was created, which is every output it has.
  recentOutputs: ({ id, createdAt }: Lead, { input }: { input: { days?: number } }, { dataSources: { atomService } }: Context) =>
    atomService.findMany({
      table: 'agent_outputs',
      where: { leadId: id },
      modifier: (builder) => {
        builder.where('createdAt', '>=', input.days ? daysAgo(input.days) : createdAt)
      },
      take: 20,
    }), // expect: prunes [kx50e] cross
}

export const Query = {
  lead: (_: unknown, { input: { id } }: { input: { id: string } }, { dataSources: { atomService } }: Context) =>
    atomService.findUnique({ table: 'leads', where: { id } }), // expect: scans-all [kx50b] cross
}
