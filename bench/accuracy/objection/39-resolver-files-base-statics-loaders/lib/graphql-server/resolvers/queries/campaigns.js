const { Campaign } = require('../../../db/models')

module.exports = async (obj, args, ctx, info) => {
  return Campaign.query().where({ user_id: ctx.userId, archived: false }).orderBy('name') // expect: prunes [ob39g]
}
