'use strict';

const knex = require('../lib/knex');

function _forLead(tx, leadId) {
  return tx('agent_outputs').where('agent_outputs.lead_id', leadId);
}

async function listForLead(leadId) {
  return await _forLead(knex, leadId).orderBy('agent_outputs.created_at', 'desc'); // expect: scans-all [kx49m] cross
}

async function listForLeadSince(leadId, since) {
  return await _forLead(knex, leadId).where('agent_outputs.created_at', '>=', since).orderBy('agent_outputs.created_at', 'desc'); // expect: prunes [kx49n] cross
}

async function removeOlderThan(before) {
  return await knex('agent_outputs').where('created_at', '<', before).del(); // expect: prunes [kx49o]
}

module.exports.listForLead = listForLead;
module.exports.listForLeadSince = listForLeadSince;
module.exports.removeOlderThan = removeOlderThan;
