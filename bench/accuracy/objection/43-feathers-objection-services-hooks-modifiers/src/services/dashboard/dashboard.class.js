const { startOfMonth, subDays } = require('date-fns');

exports.Dashboard = class Dashboard {
  setup(app) {
    this.app = app;
  }

  async find(params) {
    const userId = params.user.id;
    const now = new Date();
    const from = params.query.from ? new Date(params.query.from) : startOfMonth(now);
    const to = params.query.to ? new Date(params.query.to) : now;

    const leads = this.app.service('leads');
    const [recent, counts, campaigns] = await Promise.all([
      leads.thisMonth(userId, startOfMonth(now)),
      leads.statusCounts(userId, { from, to }),
      this.app.service('campaigns').ofUser(userId)
    ]);

    return { recent, counts, campaigns };
  }

  async get(id, params) {
    const [lead] = await this.app.service('leads').pick(params.user.id, [id]);
    const outputs = await this.app.service('outputs').forLead(lead.id, subDays(new Date(), 30));
    const history = await this.app.service('outputs').history(lead);
    return { lead, outputs, history };
  }

  async patch(id, data, params) {
    if (data.archiveStale) {
      return this.app.service('leads').archiveStale(params.user.id);
    }
    return this.app.service('leads').setStatus(id, data.status);
  }

  async export(params) {
    return this.app.service('leads').withOutputs(params.user.id, subDays(new Date(), 7));
  }
};
