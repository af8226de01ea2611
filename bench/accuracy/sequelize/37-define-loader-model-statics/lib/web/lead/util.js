'use strict'
const models = require('../../models')

exports.findLeadOrFail = function (req, res, callback) {
  const leadId = req.params.leadId
  models.Lead.findOne({
    where: { id: leadId }
  }).then(function (lead) { // expect: scans-all [sq37a]
    if (!lead) return res.status(404).send('Not found')
    return callback(lead)
  }).catch(function (err) {
    return res.status(500).send(err.message)
  })
}
