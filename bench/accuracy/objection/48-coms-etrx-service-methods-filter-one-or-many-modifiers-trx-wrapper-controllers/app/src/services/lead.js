const { Lead } = require('../db/models');

/**
 * The Lead DB Service
 */
const service = {
  /**
   * Deletes the lead record; the S3-style external copy is gone already.
   */
  delete: async (leadId, etrx = undefined) => {
    let trx;
    try {
      trx = etrx ? etrx : await Lead.startTransaction();
      const response = await Lead.query(trx)
        .delete()
        .where('id', leadId)
        .throwIfNotFound()
        .returning('*'); // expect: scans-all [ob48d]

      if (!etrx) await trx.commit();
      return response;
    } catch (err) {
      if (!etrx && trx) await trx.rollback();
      throw err;
    }
  },

  read: async (leadId, createdAt, etrx = undefined) => {
    let trx;
    try {
      trx = etrx ? etrx : await Lead.startTransaction();
      const response = await Lead.query(trx).findById([leadId, createdAt]).throwIfNotFound(); // expect: prunes [ob48b]

      if (!etrx) await trx.commit();
      return response;
    } catch (err) {
      if (!etrx && trx) await trx.rollback();
      throw err;
    }
  },

  readWithOutputs: async (leadId, createdAt, etrx = undefined) => {
    let trx;
    try {
      trx = etrx ? etrx : await Lead.startTransaction();
      const response = await Lead.query(trx)
        .findById([leadId, createdAt])
        .withGraphFetched('outputs(orderByNewest)')
        .throwIfNotFound(); // expect: scans-all [ob48n] cross

      if (!etrx) await trx.commit();
      return response;
    } catch (err) {
      if (!etrx && trx) await trx.rollback();
      throw err;
    }
  },

  searchLeads: async (params, etrx = undefined) => {
    let trx;
    try {
      trx = etrx ? etrx : await Lead.startTransaction();
      const response = await Lead.query(trx)
        .modify('filterIds', params.id)
        .modify('filterUserId', params.userId)
        .modify('filterCampaignIds', params.campaignId)
        .modify('filterCompany', params.company)
        .modify('filterStatus', params.status)
        .modify('filterCreatedRange', params.createdFrom, params.createdTo)
        .modify('pagination', params.page, params.limit)
        .modify('sortOrder', params.sort, params.order)
        .then(result => {
          if (Object.hasOwn(result, 'results')) return { data: result.results, total: result.total };
          return { data: result, total: result.length };
        }); // expect: scans-all [ob48a] cross

      if (!etrx) await trx.commit();
      return response;
    } catch (err) {
      if (!etrx && trx) await trx.rollback();
      throw err;
    }
  },

  countInCampaign: async (campaignId, etrx = undefined) => {
    let trx;
    try {
      trx = etrx ? etrx : await Lead.startTransaction();
      const response = await Lead.query(trx).modify('filterCampaignIds', campaignId).resultSize(); // expect: scans-all [ob48e] cross

      if (!etrx) await trx.commit();
      return response;
    } catch (err) {
      if (!etrx && trx) await trx.rollback();
      throw err;
    }
  },

  listRecentForCampaign: async (campaignId, since, etrx = undefined) => {
    let trx;
    try {
      trx = etrx ? etrx : await Lead.startTransaction();
      const response = await Lead.query(trx)
        .where('campaign_id', campaignId)
        .where('created_at', '>=', since)
        .orderBy('created_at', 'desc'); // expect: prunes [ob48o]

      if (!etrx) await trx.commit();
      return response;
    } catch (err) {
      if (!etrx && trx) await trx.rollback();
      throw err;
    }
  },

  update: async (data, etrx = undefined) => {
    let trx;
    try {
      trx = etrx ? etrx : await Lead.startTransaction();
      const response = await Lead.query(trx).patchAndFetchById([data.id, data.createdAt], {
        company: data.company,
        status: data.status
      }); // expect: prunes [ob48c]

      if (!etrx) await trx.commit();
      return response;
    } catch (err) {
      if (!etrx && trx) await trx.rollback();
      throw err;
    }
  }
};

module.exports = service;
