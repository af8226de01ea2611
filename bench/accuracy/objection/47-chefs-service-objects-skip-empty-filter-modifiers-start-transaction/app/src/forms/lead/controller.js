const service = require('./service');

module.exports = {
  listLeads: async (req, res, next) => {
    try {
      const response = await service.listLeads(req.currentUser.id, req.query);
      res.status(200).json(response);
    } catch (error) {
      next(error);
    }
  },
  readLead: async (req, res, next) => {
    try {
      const response = req.query.outputs ? await service.readWithOutputs(req.params.leadId) : await service.read(req.params.leadId);
      res.status(200).json(response);
    } catch (error) {
      next(error);
    }
  },
  findByEmail: async (req, res, next) => {
    try {
      res.status(200).json(await service.findByEmail(req.currentUser.id, req.query.email));
    } catch (error) {
      next(error);
    }
  },
  updateStatus: async (req, res, next) => {
    try {
      res.status(200).json(await service.updateStatus(req.params.leadId, new Date(req.body.createdAt), req.body));
    } catch (error) {
      next(error);
    }
  },
  stats: async (req, res, next) => {
    try {
      const since = new Date(Date.now() - 7 * 24 * 3600 * 1000);
      res.status(200).json({ lastWeek: await service.countSince(req.currentUser.id, since) });
    } catch (error) {
      next(error);
    }
  },
  listOutputs: async (req, res, next) => {
    try {
      res.status(200).json(await service.listOutputs(req.params.leadId, req.query));
    } catch (error) {
      next(error);
    }
  },
  latestOutput: async (req, res, next) => {
    try {
      const since = new Date(req.body.createdAt);
      res.status(200).json(await service.getLatestOutput(req.params.leadId, since));
    } catch (error) {
      next(error);
    }
  },
  deleteLead: async (req, res, next) => {
    try {
      await service.delete(req.params.leadId, new Date(req.query.createdAt));
      res.status(204).send();
    } catch (error) {
      next(error);
    }
  },
};
