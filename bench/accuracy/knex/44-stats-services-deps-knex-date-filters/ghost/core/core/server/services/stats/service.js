const db = require('../../data/db');
const LeadsStatsService = require('./leads-stats-service');

class StatsServiceWrapper {
    async init() {
        if (this.api) {
            return;
        }
        this.api = {
            leads: new LeadsStatsService({knex: db.knex})
        };
    }
}

module.exports = new StatsServiceWrapper();
