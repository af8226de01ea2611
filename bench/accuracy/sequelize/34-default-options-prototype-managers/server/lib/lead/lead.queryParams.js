const { Op } = require('sequelize');

/** Turns the API's list options into findAll() options. */
function buildQueryParams(userId, options) {
  const queryParams = {
    where: { user_id: userId },
    order: [[options.order_by, options.order_dir]],
    limit: options.take,
    offset: options.skip,
  };
  if (options.status) {
    queryParams.where.status = options.status;
  }
  if (options.from) {
    queryParams.where.created_at = { [Op.gte]: new Date(options.from) };
  }
  return queryParams;
}

module.exports = { buildQueryParams };
