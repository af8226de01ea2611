const db = require('./db');

async function latestOutput(leadId) {
  return db('agent_outputs').where('lead_id', leadId).orderBy('created_at', 'desc').first(); // expect: scans-all [kx03a]
}

async function outputsBetween(from, to) {
  return db('agent_outputs').whereBetween('created_at', [from, to]).select('id', 'kind'); // expect: prunes [kx03b]
}

function outputsOfKind(kind) {
  return db('agent_outputs').where({ kind }).then((rows) => rows.length); // expect: scans-all [kx03c]
}

module.exports = { latestOutput, outputsBetween, outputsOfKind };
