const { Lead } = require('../../../db/models')

module.exports = async (obj, args, ctx, info) => {
  const from = new Date(`${args.month}-01T00:00:00Z`)
  const to = new Date(from.getTime() + 31 * 86400000)
  return Lead.findForUserBetween(ctx.userId, from, to) // expect: prunes [ob39b] cross
}
