const { Service } = require('feathers-objection');

exports.Campaigns = class Campaigns extends Service {
  async ofUser(userId) {
    return this.Model.query().where({ user_id: userId, archived: false }).orderBy('name'); // expect: prunes [ob43g] cross
  }
};
