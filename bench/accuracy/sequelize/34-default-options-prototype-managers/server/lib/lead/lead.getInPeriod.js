const db = require('../../models');
const { periodWhere, userScope } = require('../../utils/period');

async function getInPeriod(userId, interval) {
  const where = { user_id: userId, ...periodWhere(interval) };
  const leads = await db.Lead.findAll({ where, attributes: ['id', 'email', 'status', 'created_at'] }); // expect: prunes [sq34b] cross
  return leads.map((lead) => lead.get({ plain: true }));
}

async function countByStatus(userId) {
  const rows = await db.Lead.count({ ...userScope(userId), group: ['status'] }); // expect: scans-all [sq34f] cross
  return rows.reduce((acc, row) => ({ ...acc, [row.status]: Number(row.count) }), {});
}

module.exports = { getInPeriod, countByStatus };
