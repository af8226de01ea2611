const { AgentOutput } = require('../db/models');

/**
 * The Agent Output DB Service
 */
const service = {
  get: async ({ outputId, leadId, createdAt }, etrx = undefined) => {
    let trx;
    try {
      trx = etrx ? etrx : await AgentOutput.startTransaction();

      let response = undefined;
      if (outputId) {
        response = await AgentOutput.query(trx)
          .modify('filterId', outputId)
          .modify('filterLeadId', leadId)
          .first(); // expect: scans-all [ob48g] cross
      } else {
        // Without an output id, the newest output written since the lead was created.
        response = await AgentOutput.query(trx)
          .modify('filterLeadId', leadId)
          .modify('filterCreatedSince', createdAt)
          .modify('orderByNewest')
          .first(); // expect: prunes [ob48h] cross
      }

      if (!etrx) await trx.commit();
      return response;
    } catch (err) {
      if (!etrx && trx) await trx.rollback();
      throw err;
    }
  },

  list: async (leadId, etrx = undefined) => {
    let trx;
    try {
      trx = etrx ? etrx : await AgentOutput.startTransaction();
      const response = await AgentOutput.query(trx).modify('filterLeadId', leadId).modify('orderByNewest'); // expect: scans-all [ob48f] cross

      if (!etrx) await trx.commit();
      return response;
    } catch (err) {
      if (!etrx && trx) await trx.rollback();
      throw err;
    }
  },

  removeForLead: async (leadId, createdAt, etrx = undefined) => {
    let trx;
    try {
      trx = etrx ? etrx : await AgentOutput.startTransaction();
      const response = await AgentOutput.query(trx)
        .delete()
        .modify('filterLeadId', leadId)
        .modify('filterCreatedSince', createdAt); // expect: prunes [ob48i] cross

      if (!etrx) await trx.commit();
      return response;
    } catch (err) {
      if (!etrx && trx) await trx.rollback();
      throw err;
    }
  }
};

module.exports = service;
