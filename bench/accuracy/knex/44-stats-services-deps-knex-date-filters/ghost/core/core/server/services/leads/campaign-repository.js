module.exports = class CampaignRepository {
    constructor({knex}) {
        this._knex = knex;
    }

    _campaignsOf(userId) {
        return this._knex('campaigns').where('user_id', userId);
    }

    async getActive(userId) {
        return await this._campaignsOf(userId).where('archived', false).orderBy('name', 'asc'); // expect: prunes [kx44h] cross
    }

    async getById(id) {
        return await this._knex('campaigns').where('id', id).first(); // expect: scans-all [kx44i]
    }
};
