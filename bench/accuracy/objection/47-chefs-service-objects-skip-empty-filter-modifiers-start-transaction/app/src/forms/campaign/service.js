const { Campaign } = require('../common/models');
const { defaultActiveOnly } = require('../common/queryUtils');

const service = {
  listCampaigns: async (params) => {
    params = defaultActiveOnly(params);
    return Campaign.query().modify('filterUserId', params.userId).modify('filterActive', params.active).modify('orderNameAscending'); // expect: scans-all [ob47k] cross
  },

  listCampaignsForUser: async (currentUser) => {
    return Campaign.query().modify('filterUserId', currentUser.id).modify('filterActive', true).modify('orderNameAscending'); // expect: prunes [ob47l] cross
  },

  readCampaign: async (currentUser, campaignId) => {
    return Campaign.query().findById([campaignId, currentUser.id]).throwIfNotFound(); // expect: prunes [ob47m]
  },

  archiveCampaign: async (currentUser, campaignId) => {
    let trx;
    try {
      trx = await Campaign.startTransaction();
      const result = await Campaign.query(trx).patchAndFetchById([campaignId, currentUser.id], { archived: true }); // expect: prunes [ob47n]
      await trx.commit();
      return result;
    } catch (err) {
      if (trx) await trx.rollback();
      throw err;
    }
  },
};

module.exports = service;
