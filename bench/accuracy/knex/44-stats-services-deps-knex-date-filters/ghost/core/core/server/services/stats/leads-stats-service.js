const moment = require('moment-timezone');
const {getDateBoundaries, applyDateFilter} = require('./utils/date-utils');

module.exports = class LeadsStatsService {
    /**
     * @param {object} deps
     * @param {import('knex').Knex} deps.knex - Database client
     */
    constructor(deps) {
        this.knex = deps.knex;
    }

    /**
     * Lead counts per status; the range is optional ("all time" when absent).
     */
    async getStatusCounts(options = {}) {
        const range = getDateBoundaries(options);
        const query = this.knex('leads')
            .select('status')
            .count({count: '*'})
            .where('user_id', options.user_id)
            .groupBy('status');
        this._applyRange(query, 'leads.created_at', range);

        const rows = await query; // expect: scans-all [kx44a] cross
        return rows.map(row => ({status: row.status, count: Number(row.count) || 0}));
    }

    async getMonthlyLeads({user_id: userId, month}) {
        const start = moment.utc(month, 'YYYY-MM').startOf('month');
        const end = start.clone().add(1, 'month');

        const rows = await this.knex('leads')
            .select('id', 'company', 'status', 'created_at')
            .where('user_id', userId)
            .where('created_at', '>=', start.toISOString())
            .where('created_at', '<', end.toISOString())
            .orderBy('created_at', 'asc'); // expect: prunes [kx44b]
        return rows;
    }

    async getTopCampaigns(options = {}) {
        const range = getDateBoundaries(options);
        return this._getTopCampaigns(this.knex, options.user_id, range);
    }

    _applyRange(query, column, {dateFrom, dateTo}) {
        applyDateFilter(query, dateFrom, dateTo, column);
        return query;
    }

    async _getTopCampaigns(knex, userId, range, limit = 10) {
        const query = knex('leads')
            .join('campaigns', function () {
                this.on('campaigns.id', '=', 'leads.campaign_id').andOn('campaigns.user_id', '=', 'leads.user_id');
            })
            .where('leads.user_id', userId)
            .select('campaigns.id as id', 'campaigns.name as name')
            .count({count: 'leads.id'})
            .groupBy('campaigns.id', 'campaigns.name')
            .orderBy('count', 'desc')
            .limit(limit);
        this._applyRange(query, 'leads.created_at', range);

        const rows = await query; // expect: scans-all [kx44c] cross
        return rows.map(row => ({id: row.id, name: row.name, count: Number(row.count) || 0}));
    }
};
