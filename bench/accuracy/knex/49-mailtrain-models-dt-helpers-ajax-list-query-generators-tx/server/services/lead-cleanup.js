'use strict';

const knex = require('../lib/knex');
const outputs = require('../models/agent-outputs');

const RETENTION_DAYS = 90;

// Periodic worker (like Mailtrain's feedcheck/senders loops): expires untouched leads and drops old outputs.
async function run() {
  const cutoff = new Date(Date.now() - RETENTION_DAYS * 24 * 3600 * 1000);
  await knex('leads').where('status', 'new').where('created_at', '<', cutoff).update({ status: 'stale' }); // expect: prunes [kx49p]
  await outputs.removeOlderThan(cutoff);
}

function start() {
  setInterval(() => run().catch(() => {}), 3600 * 1000);
}

module.exports.start = start;
