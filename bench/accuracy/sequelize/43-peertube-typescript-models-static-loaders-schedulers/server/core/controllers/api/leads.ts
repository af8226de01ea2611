import express from 'express'
import { subDays } from 'date-fns'
import { sequelizeTypescript } from '../../initializers/database.js'
import { LeadModel } from '../../models/lead/lead.js'
import { AgentOutputModel } from '../../models/lead/agent-output.js'
import { CampaignModel } from '../../models/lead/campaign.js'
import { asyncMiddleware, authenticate, leadGetValidator, campaignGetValidator, paginationValidator } from '../../middlewares/index.js'

const leadsRouter = express.Router()

leadsRouter.get('/', authenticate, paginationValidator, asyncMiddleware(listLeads))
leadsRouter.get('/recent', authenticate, asyncMiddleware(listRecentLeads))
leadsRouter.get('/stats', authenticate, asyncMiddleware(getLeadStats))
leadsRouter.get('/campaigns', authenticate, asyncMiddleware(listCampaigns))
leadsRouter.get('/:id/outputs', authenticate, asyncMiddleware(leadGetValidator), asyncMiddleware(listOutputs))
leadsRouter.put('/:id', authenticate, asyncMiddleware(leadGetValidator), asyncMiddleware(updateLead))
leadsRouter.delete('/:id', authenticate, asyncMiddleware(leadGetValidator), asyncMiddleware(removeLead))
leadsRouter.post('/campaigns/:campaignId/close', authenticate, asyncMiddleware(campaignGetValidator), asyncMiddleware(closeCampaign))

export {
  leadsRouter
}

// ---------------------------------------------------------------------------

async function listLeads (req: express.Request, res: express.Response) {
  const resultList = await LeadModel.listForApi({
    start: req.query.start as unknown as number,
    count: req.query.count as unknown as number,
    sort: req.query.sort as string,
    search: req.query.search as string,
    userId: res.locals.oauth.token.User.id
  })

  return res.json(resultList)
}

async function listRecentLeads (req: express.Request, res: express.Response) {
  const leads = await LeadModel.listRecentOfUser(res.locals.oauth.token.User.id, subDays(new Date(), 7))

  return res.json({ data: leads })
}

async function getLeadStats (req: express.Request, res: express.Response) {
  const stats = await LeadModel.getStats(res.locals.oauth.token.User.id)

  return res.json(stats)
}

async function listCampaigns (req: express.Request, res: express.Response) {
  const campaigns = await CampaignModel.listForUser(res.locals.oauth.token.User.id)

  return res.json({ data: campaigns })
}

async function listOutputs (req: express.Request, res: express.Response) {
  const lead = res.locals.leadAll as LeadModel

  if (req.query.startDate && req.query.endDate) {
    const outputs = await AgentOutputModel.listForLeadInPeriod(lead.id, new Date(req.query.startDate as string), new Date(req.query.endDate as string))
    return res.json({ data: outputs })
  }

  const outputs = await AgentOutputModel.listForLead(lead.id)
  return res.json({ data: outputs })
}

async function updateLead (req: express.Request, res: express.Response) {
  const leadInstance = res.locals.leadAll as LeadModel

  await sequelizeTypescript.transaction(async t => {
    if (req.body.status !== undefined) leadInstance.status = req.body.status
    if (req.body.company !== undefined) leadInstance.company = req.body.company

    await leadInstance.save({ transaction: t }) // expect: scans-all [sq43g] cross
  })

  return res.type('json').status(204).end()
}

async function removeLead (req: express.Request, res: express.Response) {
  const lead = res.locals.leadAll as LeadModel

  await sequelizeTypescript.transaction(async t => {
    await lead.destroy({ transaction: t }) // expect: scans-all [sq43h] cross
  })

  return res.type('json').status(204).end()
}

async function closeCampaign (req: express.Request, res: express.Response) {
  const campaign = res.locals.campaign as CampaignModel

  await LeadModel.updateStatusOfCampaign(campaign.id, 'closed')

  return res.type('json').status(204).end()
}
