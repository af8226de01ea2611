'use strict'

/**
 * Marks the agent outputs of a lead as reviewed, or removes the lead and its outputs
 * @module SubmitReviewService
 */

const AgentOutputModel = require('../../models/agent-output.model.js')
const LeadModel = require('../../models/lead.model.js')

async function go (lead) {
  await AgentOutputModel.query()
    .patch({ kind: 'reviewed' })
    .modify('ofLead', lead) // expect: prunes [ob36d] cross
}

async function remove (leadIds) {
  await AgentOutputModel.query().delete().modify('ofLeads', leadIds) // expect: scans-all [ob36f] cross

  for (const leadId of leadIds) {
    await LeadModel.query().deleteById(leadId) // expect: scans-all [ob36e]
  }
}

module.exports = {
  go,
  remove
}
