const { Lead } = require('../../../db/models')

module.exports = async (obj, args, ctx, info) => {
  return Lead.findById(args.id) // expect: scans-all [ob39a] cross
}
