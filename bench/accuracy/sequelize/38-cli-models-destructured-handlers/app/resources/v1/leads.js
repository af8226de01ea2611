import { Op } from 'sequelize'
import models from '../../db/models/index.js'
import { ERRORS } from '../../lib/util.js'

const { Lead, AgentOutput } = models

export async function get (req, res) {
  if (!req.params.lead_id) {
    res.status(400).json({ status: 400, msg: 'Please provide a lead id.' })
    return
  }

  let lead
  try {
    lead = await Lead.findOne({ where: { id: req.params.lead_id } }) // expect: scans-all [sq38a]
  } catch (err) {
    res.status(500).json({ status: 500, msg: 'Error finding lead.' })
    return
  }
  if (!lead) {
    res.status(404).json({ status: 404, code: ERRORS.LEAD_NOT_FOUND })
    return
  }
  res.status(200).json(lead)
}

export async function find (req, res) {
  const userId = req.query.userId
  const start = Number.parseInt(req.query.start, 10) || 0
  const count = Number.parseInt(req.query.count, 10) || 20

  const findLeadsOfUser = async function (userId) {
    return Lead.findAndCountAll({
      where: { userId, status: { [Op.ne]: 'deleted' } },
      order: [['createdAt', 'DESC']],
      offset: start,
      limit: count
    }) // expect-also: [sq38b]
  }

  const results = await findLeadsOfUser(userId) // expect: scans-all [sq38b] cross
  res.status(200).json({ total: results.count, leads: results.rows })
}

export async function findRecent (req, res) {
  const since = new Date(Date.now() - 7 * 86400000)

  const findRecentLeads = async function (userId) {
    return Lead.findAll({
      where: { userId, createdAt: { [Op.gte]: since } },
      order: [['createdAt', 'DESC']]
    })
  }

  const leads = await findRecentLeads(req.user.id) // expect: prunes [sq38c] cross
  res.status(200).json({ leads })
}

export async function put (req, res) {
  const lead = await Lead.findOne({ where: { id: req.params.lead_id, createdAt: new Date(req.body.createdAt) } }) // expect: prunes [sq38d]
  if (!lead) {
    res.status(404).json({ status: 404, code: ERRORS.LEAD_NOT_FOUND })
    return
  }
  await Lead.update({ status: req.body.status }, { where: { id: lead.id, createdAt: lead.createdAt } }) // expect: prunes [sq38e]
  res.status(204).end()
}

export async function del (req, res) {
  await AgentOutput.destroy({ where: { leadId: req.params.lead_id } }) // expect: scans-all [sq38f]
  await Lead.update({ status: 'deleted' }, { where: { id: req.params.lead_id } }) // expect: scans-all [sq38g]
  res.status(204).end()
}
