'use strict'

/**
 * Fetches the matching lead and its agent outputs needed for the view `/leads/{id}` page
 * @module FetchLeadService
 */

const LeadModel = require('../../models/lead.model.js')

/**
 * Fetches the matching lead and its agent outputs
 *
 * @param {number} leadId - The id of the lead to fetch
 *
 * @returns {Promise<module:LeadModel>} the matching lead with its outputs
 */
async function go (leadId) {
  return _fetch(leadId)
}

async function _fetch (leadId) {
  return LeadModel.query()
    .findById(leadId)
    .select([
      'id',
      'company',
      'email',
      'status',
      'createdAt'
    ])
    .withGraphFetched('agentOutputs')
    .modifyGraph('agentOutputs', (builder) => {
      builder.select(['id', 'kind', 'createdAt']).modify('latestFirst')
    }) // expect: scans-all [ob36a]
}

module.exports = {
  go
}
