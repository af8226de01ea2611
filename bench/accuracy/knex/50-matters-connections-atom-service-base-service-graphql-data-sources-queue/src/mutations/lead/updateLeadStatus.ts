import type { Context } from '../../definitions/index.js'

export const updateLeadStatus = async (
  _: unknown,
  { input: { id, status } }: { input: { id: string; status: string } },
  { viewer, dataSources: { atomService } }: Context,
) => {
  const lead = await atomService.leadIdLoader.load(id)
  if (lead.userId !== viewer.id) {
    throw new Error('viewer has no permission')
  }
  // The loaded row carries its createdAt, which the primary key includes.
  const [updated] = await atomService.updateMany({
    table: 'leads',
    where: { id: lead.id, createdAt: lead.createdAt },
    data: { status },
  }) // expect: prunes [kx50g] cross
  return updated
}

export const archiveCampaign = async (_: unknown, { input: { id } }: { input: { id: string } }, { viewer, dataSources: { campaignService } }: Context) => {
  if (!viewer.hasRole('admin')) {
    throw new Error('viewer has no permission')
  }
  return campaignService.archive(id)
}
