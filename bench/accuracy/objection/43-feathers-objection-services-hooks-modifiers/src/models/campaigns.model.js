const { Model } = require('objection');

class Campaigns extends Model {
  static get tableName() {
    return 'campaigns';
  }
}

module.exports = function () {
  return Campaigns;
};
