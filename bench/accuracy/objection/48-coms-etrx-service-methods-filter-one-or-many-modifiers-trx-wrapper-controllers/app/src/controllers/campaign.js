const { getCurrentIdentity, isTruthy } = require('../components/utils');
const { campaignService, leadService } = require('../services');

const DAY = 24 * 60 * 60 * 1000;

const controller = {
  async searchCampaigns(req, res, next) {
    try {
      const response = await campaignService.searchCampaigns({
        campaignId: req.query.campaignId,
        userId: getCurrentIdentity(req.currentUser),
        name: req.query.name,
        archived: isTruthy(req.query.archived)
      });
      res.status(200).json(response);
    } catch (error) {
      next(error);
    }
  },

  async readCampaign(req, res, next) {
    try {
      const userId = getCurrentIdentity(req.currentUser);
      const campaign = await campaignService.read(req.params.campaignId, userId);
      const [total, recent] = await Promise.all([
        leadService.countInCampaign(campaign.id),
        leadService.listRecentForCampaign(campaign.id, new Date(Date.now() - 7 * DAY))
      ]);
      res.status(200).json({ ...campaign, total, recent });
    } catch (error) {
      next(error);
    }
  },

  async deleteCampaign(req, res, next) {
    try {
      const response = await campaignService.delete(req.params.campaignId);
      res.status(200).json(response);
    } catch (error) {
      next(error);
    }
  }
};

module.exports = controller;
