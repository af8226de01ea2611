const { Op } = require('sequelize')

const DAY = 24 * 60 * 60 * 1000

// Adds the list endpoints' cursor and free-text search to a where clause.
function buildPaginationSearchClause (pagination, where = {}, searchProps = []) {
  where = { ...where }
  if (pagination.cursor) {
    where.id = { [Op.gt]: pagination.cursor }
  }
  if (pagination.query && searchProps.length) {
    const term = `%${pagination.query.toLowerCase()}%`
    where[Op.or] = searchProps.map(prop => ({ [prop]: { [Op.iLike]: term } }))
  }
  return where
}

function daysAgo (days) {
  return new Date(Date.now() - days * DAY)
}

module.exports = { buildPaginationSearchClause, daysAgo }
