const { Op } = require('sequelize');

/** The where clause of a reporting interval ("last-week", "last-month"), ending now. */
function periodWhere(interval) {
  const to = new Date();
  const days = interval === 'last-week' ? 7 : 30;
  const from = new Date(to.getTime() - days * 24 * 60 * 60 * 1000);
  return { created_at: { [Op.between]: [from, to] } };
}

function userScope(userId) {
  return { where: { user_id: userId } };
}

module.exports = { periodWhere, userScope };
