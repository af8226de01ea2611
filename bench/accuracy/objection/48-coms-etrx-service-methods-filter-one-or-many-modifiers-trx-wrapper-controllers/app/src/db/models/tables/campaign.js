const { Model } = require('objection');

const { filterOneOrMany, filterILike } = require('../utils');

class Campaign extends Model {
  static get tableName() {
    return 'campaigns';
  }

  static get idColumn() {
    return ['id', 'user_id'];
  }

  static get modifiers() {
    return {
      filterIds(query, value) {
        filterOneOrMany(query, value, 'campaigns.id');
      },
      filterUserId(query, value) {
        filterOneOrMany(query, value, 'campaigns.user_id');
      },
      filterName(query, value) {
        filterILike(query, value, 'campaigns.name');
      },
      filterArchived(query, value) {
        if (value !== undefined) query.where('campaigns.archived', value);
      }
    };
  }
}

module.exports = Campaign;
