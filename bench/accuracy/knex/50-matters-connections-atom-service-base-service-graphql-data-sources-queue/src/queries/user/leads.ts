import type { Context } from '../../definitions/index.js'

import { periodToRange, type Period } from '../../common/utils/time.js'

interface LeadsInput {
  period?: Period
  first?: number
  after?: number
  all?: boolean
}

const fromConnectionArgs = ({ first = 20, after = 0 }: LeadsInput) => ({ skip: after, take: first })

export const leads = async (_: unknown, { input }: { input: LeadsInput }, { viewer, dataSources: { leadService } }: Context) => {
  if (input.all) {
    return leadService.findByOwner({ userId: viewer.id, ...fromConnectionArgs(input) })
  }
  const [rows, totalCount] = await leadService.findByOwnerInPeriod({
    userId: viewer.id,
    range: periodToRange(input.period),
    ...fromConnectionArgs(input),
  })
  return { rows, totalCount }
}

export const newLeadCount = (_: unknown, __: unknown, { viewer, dataSources: { atomService } }: Context) =>
  atomService.count({ table: 'leads', where: { userId: viewer.id, status: 'new' } }) // expect: scans-all [kx50f] cross

export const leadStats = (_: unknown, __: unknown, { viewer, dataSources: { leadService, campaignService } }: Context) =>
  Promise.all([leadService.countByStatus(viewer.id), campaignService.findByOwner(viewer.id)])

export const campaignLeads = async (
  _: unknown,
  { input }: { input: { campaignId: string; period?: Period } },
  { viewer, dataSources: { leadService, agentOutputService } }: Context,
) => {
  const rows = await leadService.findInCampaignSince({
    campaignId: input.campaignId,
    userId: viewer.id,
    since: periodToRange(input.period).start,
  })
  const outputs = rows.length > 0 ? await agentOutputService.findLatestByLeads(rows) : []
  return { rows, outputs }
}
