'use strict'

const Boom = require('@hapi/boom')
const LeadModel = require('../models/lead.model')

class FetchLeadService {
  static async go (leadId) {
    const lead = await LeadModel.query().findById(leadId).withGraphFetched('campaign') // expect: scans-all [ob44a]

    if (!lead) {
      throw Boom.notFound(`Lead ${leadId} is unknown.`)
    }

    return lead
  }
}

module.exports = FetchLeadService
