const { Model } = require('objection');

class Campaign extends Model {
  static get tableName() {
    return 'campaigns';
  }

  static get idColumn() {
    return ['id', 'user_id'];
  }

  static get modifiers() {
    return {
      filterUserId(query, value) {
        if (value) {
          query.where('campaigns.user_id', value);
        }
      },
      filterActive(query, value) {
        if (value !== undefined) {
          query.where('campaigns.archived', !value);
        }
      },
      orderNameAscending(builder) {
        builder.orderBy('campaigns.name', 'ASC');
      },
    };
  }
}

module.exports = Campaign;
