const { Op } = require('sequelize');
const db = require('../../models');

/**
 * @description Purge the agent outputs older than the retention (in days).
 * @param {number} days - Retention.
 */
async function purgeOutputs(days) {
  const cutoff = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  const queryInterface = db.sequelize.getQueryInterface();
  await queryInterface.bulkDelete('agent_outputs', { created_at: { [Op.lte]: cutoff } }); // expect: prunes [sq34e]
}

module.exports = { purgeOutputs };
