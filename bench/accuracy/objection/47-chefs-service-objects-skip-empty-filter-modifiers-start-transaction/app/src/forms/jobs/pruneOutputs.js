const { AgentOutput } = require('../common/models');

const RETENTION_DAYS = 60;

module.exports = async function pruneOutputs() {
  const cutoff = new Date(Date.now() - RETENTION_DAYS * 24 * 3600 * 1000);
  return AgentOutput.query().delete().where('created_at', '<', cutoff); // expect: prunes [ob47p]
};
