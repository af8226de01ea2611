const { Service } = require('feathers-objection');

exports.Outputs = class Outputs extends Service {
  async history(lead) {
    return lead.$relatedQuery('outputs').orderBy('created_at', 'desc'); // expect: scans-all [ob43i]
  }

  async forLead(leadId, since) {
    return this.Model.query()
      .where({ lead_id: leadId })
      .where('created_at', '>=', since)
      .orderBy('created_at'); // expect: prunes [ob43d] cross
  }

  async purgeOlderThan(days) {
    const cutoff = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
    return this.Model.query().delete().where('created_at', '<', cutoff); // expect: prunes [ob43f]
  }
};
