const { compose } = require('lodash/fp')
const { Lead } = require('../../../db/models')
const argValidator = require('../middleware/arg-validator')

const validate = args => (args.input && args.input.email ? {} : { email: 'required' })

module.exports = compose([argValidator(validate)])(async function importLead (obj, args, ctx, info) {
  const { input: { email, company } } = args

  if (await Lead.findByEmail(email)) { // expect: scans-all [ob39h] cross
    throw new Error('A lead with that email already exists')
  }

  const lead = await Lead.create({ userId: ctx.userId, email, company, status: 'new' })
  return { lead }
})
