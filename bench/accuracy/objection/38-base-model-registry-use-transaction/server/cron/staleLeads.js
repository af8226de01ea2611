const { Lead } = require('../models')

const STALE_AFTER_DAYS = 21

const markStaleLeads = async () => {
  const cutoff = new Date(Date.now() - STALE_AFTER_DAYS * 86400000)
  const from = new Date(cutoff.getTime() - 86400000)
  return Lead.query().patch({ status: 'stale' }).where('status', 'new').where('created_at', '<', cutoff).where('created_at', '>=', from) // expect: prunes [ob38g]
}

module.exports = { markStaleLeads }
