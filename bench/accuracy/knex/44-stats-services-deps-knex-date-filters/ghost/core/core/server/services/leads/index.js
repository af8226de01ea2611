const db = require('../../data/db');
const LeadRepository = require('./lead-repository');
const CampaignRepository = require('./campaign-repository');

class LeadsServiceWrapper {
    init() {
        this.leads = new LeadRepository({knex: db.knex});
        this.campaigns = new CampaignRepository({knex: db.knex});
    }
}

module.exports = new LeadsServiceWrapper();
