'use strict'

const { DeleteCampaignService, FetchCampaignService, ListCampaignsService } = require('../services/campaign.services')

class CampaignsController {
  static async index (req, h) {
    const campaigns = await ListCampaignsService.go(req.auth.credentials.user) // expect: prunes [ob44g] cross

    return h.response(campaigns).code(200)
  }

  static async delete (req, h) {
    const campaign = await FetchCampaignService.go(req.params.campaignId)
    await DeleteCampaignService.go(campaign)

    return h.response().code(204)
  }
}

module.exports = CampaignsController
