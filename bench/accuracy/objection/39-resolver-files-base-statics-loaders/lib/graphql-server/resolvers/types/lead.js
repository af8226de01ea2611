const { AgentOutput } = require('../../../db/models')

module.exports = {
  campaign: async (lead, args, ctx, info) => {
    return ctx.loaders.campaignsByIds.load(lead.campaignId)
  },

  outputs: async (lead, args, ctx, info) => {
    const outputs = await AgentOutput.query()
      .where('lead_id', lead.id)
      .orderBy('created_at', 'desc')
      .modify(query => {
        if (args.first !== undefined) {
          query.limit(args.first)
        }
      }) // expect: scans-all [ob39d]

    return outputs
  },

  recentOutputs: async (lead, args, ctx, info) => {
    return AgentOutput.query()
      .where('lead_id', lead.id)
      .where('created_at', '>=', lead.createdAt) // expect: prunes [ob39e]
  }
}
