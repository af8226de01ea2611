const db = require('../../models');
const { buildQueryParams } = require('./lead.queryParams');

const DEFAULT_OPTIONS = {
  order_by: 'created_at',
  order_dir: 'DESC',
  take: 50,
  skip: 0,
};

/**
 * @description Get the leads of a user.
 * @param {number} userId - The owner.
 * @param {Object} [options] - Filters from the query string.
 * @example
 * lead.get(1, { status: 'new', take: 20 });
 */
async function get(userId, options) {
  const optionsWithDefault = Object.assign({}, DEFAULT_OPTIONS, options);
  const leads = await db.Lead.findAll(buildQueryParams(userId, optionsWithDefault)); // expect: scans-all [sq34a] cross
  return leads.map((lead) => lead.get({ plain: true }));
}

module.exports = { get };
