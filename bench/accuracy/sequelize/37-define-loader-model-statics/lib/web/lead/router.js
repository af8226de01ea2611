'use strict'
const Router = require('express').Router
const Sequelize = require('sequelize')
const models = require('../../models')
const leadUtil = require('./util')

const Op = Sequelize.Op
const leadRouter = module.exports = Router()

leadRouter.get('/leads/:leadId', function (req, res) {
  leadUtil.findLeadOrFail(req, res, function (lead) {
    res.json(lead)
  })
})

leadRouter.get('/leads/alias/:alias', function (req, res) {
  models.Lead.parseLeadId(req.params.alias, function (err, id) { // expect: scans-all [sq37b] cross
    if (err || !id) return res.status(404).send('Not found')
    res.redirect('/leads/' + id)
  })
})

leadRouter.get('/leads/:leadId/outputs', function (req, res) {
  models.AgentOutput.getLeadOutputs(req.params.leadId, function (err, outputs) { // expect: scans-all [sq37c] cross
    if (err) return res.status(500).send(err.message)
    res.json({ outputs: outputs })
  })
})

leadRouter.post('/leads/:leadId/status', function (req, res) {
  leadUtil.findLeadOrFail(req, res, function (lead) {
    lead.update({ status: req.body.status }).then(function (updated) { // expect: scans-all [sq37f]
      res.json(updated)
    }).catch(function (err) {
      res.status(500).send(err.message)
    })
  })
})

leadRouter.get('/history', function (req, res) {
  if (!req.isAuthenticated()) return res.status(403).send('Forbidden')
  const since = new Date(Date.now() - 30 * 86400000)
  models.Lead.findAll({
    where: { userId: req.user.id, createdAt: { [Op.gte]: since } },
    order: [['createdAt', 'DESC']]
  }).then(function (leads) { // expect: prunes [sq37e]
    res.json({ history: leads })
  })
})

leadRouter.get('/stats', function (req, res) {
  const from = new Date(req.query.from)
  const to = new Date(req.query.to)
  models.Lead.countInRange(req.user.id, from, to).then(function (total) { // expect: prunes [sq37h] cross
    res.json({ total: total })
  })
})

leadRouter.get('/campaigns', function (req, res) {
  models.Campaign.findAll({
    where: { userId: req.user.id, archived: false },
    order: [['name', 'ASC']]
  }).then(function (campaigns) { // expect: prunes [sq37g]
    res.json({ campaigns: campaigns })
  })
})
