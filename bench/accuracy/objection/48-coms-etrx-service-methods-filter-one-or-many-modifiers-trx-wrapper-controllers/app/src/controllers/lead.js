const { Lead } = require('../db/models');
const { trxWrapper } = require('../db/models/utils');
const { getCurrentIdentity, mixedQueryToArray } = require('../components/utils');
const { agentOutputService, leadService } = require('../services');

const controller = {
  async searchLeads(req, res, next) {
    try {
      const params = {
        id: mixedQueryToArray(req.query.leadId),
        campaignId: mixedQueryToArray(req.query.campaignId),
        company: req.query.company,
        status: mixedQueryToArray(req.query.status),
        createdFrom: req.query.createdFrom,
        createdTo: req.query.createdTo,
        page: req.query.page ? Number(req.query.page) : undefined,
        limit: req.query.limit ? Number(req.query.limit) : undefined,
        sort: req.query.sort,
        order: req.query.order
      };
      const response = await leadService.searchLeads(params);
      res.status(200).json(response);
    } catch (error) {
      next(error);
    }
  },

  async readLead(req, res, next) {
    try {
      const lead = req.query.withOutputs
        ? await leadService.readWithOutputs(req.params.leadId, req.params.createdAt)
        : await leadService.read(req.params.leadId, req.params.createdAt);
      res.status(200).json(lead);
    } catch (error) {
      next(error);
    }
  },

  async updateLead(req, res, next) {
    try {
      const response = await leadService.update({ ...req.body, id: req.params.leadId, createdAt: req.params.createdAt });
      res.status(200).json(response);
    } catch (error) {
      next(error);
    }
  },

  // Removes the lead and, in the same transaction, the outputs written since it was created.
  async deleteLead(req, res, next) {
    try {
      const response = await trxWrapper(async (trx) => {
        const lead = await leadService.read(req.params.leadId, req.params.createdAt, trx);
        await agentOutputService.removeForLead(lead.id, lead.created_at, trx);
        return leadService.delete(lead.id, trx);
      });
      res.status(200).json(response);
    } catch (error) {
      next(error);
    }
  },

  async listOutputs(req, res, next) {
    try {
      const response = req.query.latest
        ? await agentOutputService.get({ leadId: req.params.leadId, createdAt: req.params.createdAt })
        : await agentOutputService.list(req.params.leadId);
      res.status(200).json(response);
    } catch (error) {
      next(error);
    }
  },

  async readOutput(req, res, next) {
    try {
      const response = await agentOutputService.get({ outputId: req.params.outputId, leadId: req.params.leadId });
      res.status(200).json(response);
    } catch (error) {
      next(error);
    }
  },

  // Queues every lead of a campaign for another sync pass.
  async syncCampaign(req, res, next) {
    try {
      const count = await trxWrapper((trx) =>
        Lead.query(trx).patch({ status: 'queued' }).where('campaign_id', req.params.campaignId)
      ); // expect: scans-all [ob48m] cross
      res.status(202).json({ userId: getCurrentIdentity(req.currentUser), queued: count });
    } catch (error) {
      next(error);
    }
  }
};

module.exports = controller;
