'use strict'
const { QueryTypes } = require('sequelize')
const models = require('../models')
const { handleResponse, successResponse, errorResponseBadRequest } = require('../apiHelpers')
const { findLeadByEmail, getActiveCampaigns, getRecentLeads } = require('../utils/leads')

module.exports = function (app) {
  app.get('/leads', handleResponse(async (req, res, next) => {
    const limit = parseInt(req.query.limit) || 25
    const offset = parseInt(req.query.offset) || 0
    const leads = await models.Lead.findAll({
      where: { userId: req.user.id, status: 'new' },
      include: [{ model: models.AgentOutput, as: 'outputs' }],
      order: [['createdAt', 'DESC']],
      limit,
      offset
    }) // expect: scans-all [sq39a]
    return successResponse({ leads })
  }))

  app.get('/leads/recent', handleResponse(async (req, res, next) => {
    const leads = await getRecentLeads(req.user.id, 7) // expect: prunes [sq39b] cross
    return successResponse({ leads })
  }))

  app.get('/leads/count', handleResponse(async (req, res, next) => {
    const [row] = await models.sequelize.query(
      'SELECT count(*) AS "count" FROM leads WHERE user_id = :userId',
      { replacements: { userId: req.user.id }, type: QueryTypes.SELECT }
    ) // expect: scans-all [sq39c]
    return successResponse({ count: Number(row.count) })
  }))

  app.get('/leads/status-breakdown', handleResponse(async (req, res, next) => {
    const since = new Date(Date.now() - 30 * 86400000)
    const rows = await models.sequelize.query(
      'SELECT status, count(*) AS "count" FROM leads WHERE user_id = :userId AND created_at >= :since GROUP BY status',
      { replacements: { userId: req.user.id, since }, type: QueryTypes.SELECT }
    ) // expect: prunes [sq39d]
    return successResponse({ rows })
  }))

  app.post('/leads/:id/close', handleResponse(async (req, res, next) => {
    const { createdAt } = req.body
    if (!createdAt) return errorResponseBadRequest('Missing createdAt')
    const t = await models.sequelize.transaction()
    try {
      await models.Lead.update({ status: 'closed' }, { where: { id: req.params.id, createdAt: new Date(createdAt) }, transaction: t }) // expect: prunes [sq39e]
      await models.AgentOutput.destroy({ where: { leadId: req.params.id }, transaction: t }) // expect: scans-all [sq39f]
      await t.commit()
    } catch (e) {
      await t.rollback()
      throw e
    }
    return successResponse({})
  }))

  app.get('/campaigns', handleResponse(async (req, res, next) => {
    const campaigns = await getActiveCampaigns(req.user.id) // expect: prunes [sq39g] cross
    return successResponse({ campaigns })
  }))

  app.get('/leads/lookup', handleResponse(async (req, res, next) => {
    const lead = await findLeadByEmail(req.query.email) // expect: scans-all [sq39h] cross
    return successResponse({ exists: !!lead })
  }))
}
