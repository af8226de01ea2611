class OutputsService {
    /**
     * @param {object} deps
     * @param {import('knex').Knex} deps.knex
     */
    constructor({knex}) {
        this.knex = knex;
    }

    _forLead(leadId) {
        return this.knex('agent_outputs').where('agent_outputs.lead_id', leadId);
    }

    async getOutputsForLead(leadId, {since}) {
        return await this._forLead(leadId)
            .where('agent_outputs.created_at', '>=', since)
            .orderBy('agent_outputs.created_at', 'desc'); // expect: prunes [kx44j] cross
    }

    deleteOlderThan(date) {
        return this.knex('agent_outputs').where('created_at', '<', date).del();
    }

    async destroyForLeads(leadIds) {
        await this.knex.transaction(async (trx) => {
            await trx('agent_outputs').whereIn('lead_id', leadIds).del(); // expect: scans-all [kx44k]
        });
    }
}

module.exports = OutputsService;
