import express from 'express'
import { LeadModel } from '../../models/lead/lead.js'
import { CampaignModel } from '../../models/lead/campaign.js'

async function doesLeadExist (id: number, res: express.Response) {
  const lead = await LeadModel.loadFull(id)

  if (!lead) {
    res.fail({ status: 404, message: 'Lead not found' })
    return false
  }

  res.locals.leadAll = lead
  return true
}

async function doesCampaignExist (id: number, res: express.Response) {
  const campaign = await CampaignModel.loadById(id)

  if (!campaign || campaign.userId !== res.locals.oauth.token.User.id) {
    res.fail({ status: 404, message: 'Campaign not found' })
    return false
  }

  res.locals.campaign = campaign
  return true
}

export {
  doesLeadExist,
  doesCampaignExist
}
