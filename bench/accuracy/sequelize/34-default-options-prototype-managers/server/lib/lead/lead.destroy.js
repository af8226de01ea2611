const db = require('../../models');
const { NotFoundError } = require('../../utils/errors');

/**
 * @description Delete a lead and let the database cascade its outputs.
 * @param {number} id - The lead id.
 */
async function destroy(id) {
  const lead = await db.Lead.findByPk(id); // expect: scans-all [sq34c]
  if (lead === null) {
    throw new NotFoundError('Lead not found');
  }
  await lead.destroy(); // expect: scans-all [sq34d]
}

module.exports = { destroy };
