const { Campaign } = require('../db/models');

/**
 * The Campaign DB Service
 */
const service = {
  delete: async (campaignId, etrx = undefined) => {
    let trx;
    try {
      trx = etrx ? etrx : await Campaign.startTransaction();
      const response = await Campaign.query(trx)
        .delete()
        .modify('filterIds', campaignId)
        .throwIfNotFound()
        .returning('*'); // expect: scans-all [ob48l] cross

      if (!etrx) await trx.commit();
      return response;
    } catch (err) {
      if (!etrx && trx) await trx.rollback();
      throw err;
    }
  },

  read: async (campaignId, userId, etrx = undefined) => {
    let trx;
    try {
      trx = etrx ? etrx : await Campaign.startTransaction();
      const response = await Campaign.query(trx).findById([campaignId, userId]).throwIfNotFound(); // expect: prunes [ob48k]

      if (!etrx) await trx.commit();
      return response;
    } catch (err) {
      if (!etrx && trx) await trx.rollback();
      throw err;
    }
  },

  searchCampaigns: async (params, etrx = undefined) => {
    let trx;
    try {
      trx = etrx ? etrx : await Campaign.startTransaction();
      const response = await Campaign.query(trx)
        .modify('filterIds', params.campaignId)
        .modify('filterUserId', params.userId)
        .modify('filterName', params.name)
        .modify('filterArchived', params.archived)
        .orderBy('campaigns.name', 'asc'); // expect: prunes [ob48j] cross

      if (!etrx) await trx.commit();
      return response;
    } catch (err) {
      if (!etrx && trx) await trx.rollback();
      throw err;
    }
  }
};

module.exports = service;
