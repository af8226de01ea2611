const { Service } = require('feathers-objection');

exports.Leads = class Leads extends Service {
  constructor(options, app) {
    super(options);
    this.app = app;
  }

  async thisMonth(userId, since) {
    return this.Model.query()
      .modify('ofUser', userId)
      .modify('createdSince', since)
      .orderBy('created_at', 'desc'); // expect: prunes [ob43a] cross
  }

  async withOutputs(userId, since) {
    return this.Model.query()
      .modify('ofUser', userId)
      .modify('createdSince', since)
      .withGraphFetched('outputs'); // expect: scans-all [ob43n] cross
  }

  async statusCounts(userId, { from, to }) {
    return this.Model.query()
      .modify('ofUser', userId)
      .whereBetween('created_at', [from, to])
      .select('status')
      .count('* as count')
      .groupBy('status'); // expect: prunes [ob43j] cross
  }

  async archiveStale(userId) {
    return this.Model.query()
      .patch({ status: 'stale' })
      .modify('ofUser', userId)
      .where('status', 'new'); // expect: scans-all [ob43b] cross
  }

  async setStatus(id, status) {
    return this.Model.query().patch({ status }).findById(id); // expect: scans-all [ob43k]
  }

  async pick(userId, ids) {
    return this.Model.query().where('user_id', userId).whereIn('id', ids); // expect: scans-all [ob43l]
  }
};
