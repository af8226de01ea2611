const { Lead } = require('../../../db/models')

module.exports = {
  leads: async (campaign, args, ctx, info) => {
    return Lead.query().where('campaign_id', campaign.id).where('user_id', campaign.userId) // expect: scans-all [ob39f]
  },

  topLead: async (campaign, args, ctx, info) => {
    return ctx.loaders.leadsByIds.load(campaign.topLeadId) // expect: scans-all [ob39c] cross
  }
}
