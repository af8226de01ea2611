const moment = require('moment-timezone');

/**
 * Turns the optional YYYY-MM-DD bounds into ISO strings in UTC.
 */
function getDateBoundaries(options) {
    const timezone = options.timezone || 'UTC';
    const dateFrom = options.date_from
        ? moment.tz(options.date_from, timezone).startOf('day').utc().toISOString()
        : null;
    const dateTo = options.date_to
        ? moment.tz(options.date_to, timezone).endOf('day').utc().toISOString()
        : null;
    return {dateFrom, dateTo};
}

/**
 * Adds the bounds that were given to the query builder.
 */
function applyDateFilter(query, dateFrom, dateTo, dateColumn) {
    if (dateFrom) {
        query.where(dateColumn, '>=', dateFrom);
    }
    if (dateTo) {
        query.where(dateColumn, '<=', dateTo);
    }
}

module.exports = {
    getDateBoundaries,
    applyDateFilter
};
