/**
 * Reads and writes leads with the knex instance it is given.
 */
module.exports = class LeadRepository {
    /**
     * @param {object} deps
     * @param {import('knex').Knex} deps.knex
     */
    constructor({knex}) {
        this._knex = knex;
    }

    _leadsQuery(userId) {
        return this._knex('leads').where('leads.user_id', userId);
    }

    async getRecentLeads(userId, {limit = 15} = {}) {
        return await this._leadsQuery(userId).orderBy('leads.created_at', 'desc').limit(limit); // expect: scans-all [kx44d] cross
    }

    async getLeadsSince(userId, since) {
        return await this._leadsQuery(userId)
            .where('leads.created_at', '>=', since)
            .orderBy('leads.created_at', 'desc'); // expect: prunes [kx44e] cross
    }

    async updateStatus({id, created_at: createdAt, status}) {
        await this._knex('leads').where({id, created_at: createdAt}).update({status}); // expect: prunes [kx44f]
    }

    async destroy(id) {
        await this._knex('leads').where('id', id).del(); // expect: scans-all [kx44g]
    }
};
