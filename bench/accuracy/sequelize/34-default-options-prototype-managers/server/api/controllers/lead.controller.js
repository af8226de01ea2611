const asyncMiddleware = require('../middlewares/asyncMiddleware');

module.exports = function LeadController(gladys) {
  /**
   * @api {get} /api/v1/lead get
   * @apiName get
   * @apiGroup Lead
   */
  async function get(req, res) {
    const leads = await gladys.lead.get(req.user.id, req.query);
    res.json(leads);
  }

  async function getInPeriod(req, res) {
    res.json(await gladys.lead.getInPeriod(req.user.id, req.query.interval));
  }

  async function destroy(req, res) {
    await gladys.lead.destroy(req.params.id);
    res.json({ success: true });
  }

  return Object.freeze({
    get: asyncMiddleware(get),
    getInPeriod: asyncMiddleware(getInPeriod),
    destroy: asyncMiddleware(destroy),
  });
};
