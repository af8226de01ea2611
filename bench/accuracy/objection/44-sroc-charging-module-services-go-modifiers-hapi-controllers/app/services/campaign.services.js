'use strict'

const Boom = require('@hapi/boom')
const CampaignModel = require('../models/campaign.model')
const LeadModel = require('../models/lead.model')

class ListCampaignsService {
  static go (user) {
    return CampaignModel.query()
      .modify('ownedBy', user.id)
      .modify('active')
      .orderBy('name')
  }
}

class FetchCampaignService {
  static async go (campaignId) {
    const campaign = await CampaignModel.query().findOne({ id: campaignId }) // expect: scans-all [ob44h]

    if (!campaign) {
      throw Boom.notFound(`Campaign ${campaignId} is unknown.`)
    }

    return campaign
  }
}

class DeleteCampaignService {
  static async go (campaign) {
    await CampaignModel.transaction(async (trx) => {
      await LeadModel.query(trx).patch({ campaign_id: null }).where('campaign_id', campaign.id) // expect: scans-all [ob44e]
      await CampaignModel.query(trx).deleteById([campaign.id, campaign.user_id]) // expect: prunes [ob44f]
    })
  }
}

module.exports = { ListCampaignsService, FetchCampaignService, DeleteCampaignService }
