const { Lead } = require('../models')

/** Leads imported from a CSV are matched on their e-mail address. */
const findExistingLead = async email => {
  return Lead.query().findOne({ email }) // expect: scans-all [ob38h]
}

module.exports = { findExistingLead }
