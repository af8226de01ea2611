const { AgentOutput, Lead } = require('../common/models');

const service = {
  read: async (id) => {
    return Lead.query().findById(id).throwIfNotFound(); // expect: scans-all [ob47a]
  },

  readWithOutputs: async (id) => {
    return Lead.query().findById(id).withGraphFetched('outputs(orderDescending)').throwIfNotFound(); // expect: scans-all [ob47b] cross
  },

  listLeads: async (userId, params = {}) => {
    return Lead.query()
      .modify('filterUserId', userId)
      .modify('filterStatus', params.status)
      .modify('filterCreatedAt', params.minDate, params.maxDate)
      .modify('orderDefault'); // expect: scans-all [ob47c] cross
  },

  findByEmail: async (userId, email) => {
    return Lead.query().modify('filterUserId', userId).modify('filterEmail', email).first(); // expect: scans-all [ob47d] cross
  },

  updateStatus: async (id, createdAt, data) => {
    let trx;
    try {
      trx = await Lead.startTransaction();
      await Lead.query(trx).patch({ status: data.status }).where('id', id).where('created_at', createdAt); // expect: prunes [ob47e]
      await trx.commit();
      return service.read(id);
    } catch (err) {
      if (trx) await trx.rollback();
      throw err;
    }
  },

  countSince: async (userId, since) => {
    const result = await Lead.query().modify('filterUserId', userId).modify('filterCreatedAt', since).resultSize(); // expect: prunes [ob47f] cross
    return result;
  },

  listOutputs: async (leadId, params = {}) => {
    return AgentOutput.query().modify('filterLeadId', leadId).modify('filterKind', params.kind).modify('orderDescending'); // expect: scans-all [ob47g] cross
  },

  getLatestOutput: async (leadId, since) => {
    return AgentOutput.query().modify('filterLeadId', leadId).where('created_at', '>=', since).modify('orderDescending').first(); // expect: prunes [ob47h] cross
  },

  delete: async (id, createdAt) => {
    let trx;
    try {
      trx = await Lead.startTransaction();
      await AgentOutput.query(trx).delete().where('lead_id', id).where('created_at', '>=', createdAt); // expect: prunes [ob47i]
      await Lead.query(trx).delete().where({ id, created_at: createdAt }); // expect: prunes [ob47j]
      await trx.commit();
    } catch (err) {
      if (trx) await trx.rollback();
      throw err;
    }
  },
};

module.exports = service;
