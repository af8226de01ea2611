const { Model } = require('objection');
const { LeadQueryBuilder } = require('./LeadQueryBuilder');

class SearchLead extends Model {
  static get tableName() {
    return 'leads';
  }

  static get QueryBuilder() {
    return LeadQueryBuilder;
  }
}

module.exports = { SearchLead };
