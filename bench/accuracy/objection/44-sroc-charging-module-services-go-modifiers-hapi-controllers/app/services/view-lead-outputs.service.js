'use strict'

const FetchLeadService = require('./fetch-lead.service')

class ViewLeadOutputsService {
  static async go (leadId) {
    const lead = await FetchLeadService.go(leadId)
    const outputs = await lead.$relatedQuery('outputs').modify('createdSince', lead.created_at) // expect: prunes [ob44b] cross

    return { lead, outputs }
  }
}

module.exports = ViewLeadOutputsService
