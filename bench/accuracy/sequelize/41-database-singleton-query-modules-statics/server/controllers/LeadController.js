const Logger = require('../Logger')
const Database = require('../Database')
const leadFilters = require('../utils/queries/leadFilters')
const userStats = require('../utils/queries/userStats')

class LeadController {
  constructor() {}

  /**
   * GET: /api/leads/:id
   *
   * @param {import('express').Request} req
   * @param {import('express').Response} res
   */
  async findOne(req, res) {
    const lead = await Database.leadModel.getExpandedById(req.params.id)
    if (!lead) return res.sendStatus(404)
    res.json(lead.toJSON())
  }

  /**
   * GET: /api/leads/recent
   */
  async getRecent(req, res) {
    const limit = req.query.limit && !isNaN(req.query.limit) ? Number(req.query.limit) : 25
    res.json({ leads: await leadFilters.getRecentLeads(req.user, limit) })
  }

  /**
   * GET: /api/leads/status/:status
   */
  async getByStatus(req, res) {
    res.json({ leads: await leadFilters.getLeadsWithStatus(req.user, req.params.status) })
  }

  /**
   * GET: /api/me/stats/year/:year
   */
  async getStatsForYear(req, res) {
    const year = Number(req.params.year)
    if (isNaN(year) || year < 2000 || year > 9999) {
      Logger.error(`[LeadController] Invalid year "${year}"`)
      return res.status(400).send('Invalid year')
    }
    res.json(await userStats.getStatsForYear(req.user.id, year))
  }

  /**
   * PATCH: /api/leads/:id/status
   */
  async updateStatus(req, res) {
    const [numUpdated] = await Database.leadModel.update({ status: req.body.status }, { where: { id: req.params.id, createdAt: new Date(req.body.createdAt) } }) // expect: prunes [sq41h]
    res.json({ updated: numUpdated })
  }

  /**
   * DELETE: /api/leads/:id
   */
  async delete(req, res) {
    const numRemoved = await Database.leadModel.removeById(req.params.id) // expect: scans-all [sq41g] cross
    if (!numRemoved) return res.sendStatus(404)
    res.sendStatus(200)
  }

  /**
   * GET: /api/me/campaigns
   */
  async getCampaigns(req, res) {
    const campaigns = await Database.campaignModel.getActiveForUser(req.user.id) // expect: prunes [sq41j] cross
    res.json({ campaigns })
  }
}
module.exports = new LeadController()
