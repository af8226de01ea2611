const service = require('./service');

module.exports = {
  listCampaigns: async (req, res, next) => {
    try {
      res.status(200).json(await service.listCampaigns(req.query));
    } catch (error) {
      next(error);
    }
  },
  listMine: async (req, res, next) => {
    try {
      res.status(200).json(await service.listCampaignsForUser(req.currentUser));
    } catch (error) {
      next(error);
    }
  },
  readCampaign: async (req, res, next) => {
    try {
      res.status(200).json(await service.readCampaign(req.currentUser, req.params.campaignId));
    } catch (error) {
      next(error);
    }
  },
  archiveCampaign: async (req, res, next) => {
    try {
      res.status(200).json(await service.archiveCampaign(req.currentUser, req.params.campaignId));
    } catch (error) {
      next(error);
    }
  },
};
