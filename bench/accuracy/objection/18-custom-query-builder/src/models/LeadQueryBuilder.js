const { QueryBuilder } = require('objection');

class LeadQueryBuilder extends QueryBuilder {
  recent(days = 7) {
    return this.where('created_at', '>=', new Date(Date.now() - days * 86400000));
  }

  ofCompany(company) {
    return this.where('company', company);
  }
}

module.exports = { LeadQueryBuilder };
