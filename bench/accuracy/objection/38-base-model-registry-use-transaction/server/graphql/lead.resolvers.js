const models = require('../models')
const useTransaction = require('../models/useTransaction')

const resolvers = {
  Query: {
    async lead(_, { id }) {
      return models.Lead.query().findById(id).withGraphFetched('outputs') // expect: scans-all [ob38a]
    },
    async leads(_, { status }, ctx) {
      return models.Lead.getLeadsForUser(ctx.user, { status }) // expect: scans-all [ob38c] cross
    },
    async campaigns(_, __, ctx) {
      return models.Campaign.query().modify('ownedBy', ctx.user).modify('active').orderBy('name') // expect: prunes [ob38f] cross
    },
  },
  Lead: {
    async recentOutputs(parent) {
      const lead = models.Lead.fromJson(parent)
      return lead.getRecentOutputs(7) // expect: prunes [ob38b] cross
    },
  },
  Mutation: {
    async updateLeadStatus(_, { id, createdAt, status }, ctx) {
      return useTransaction(
        async trx =>
          models.Lead.query(trx).patch({ status }).where({ id, created_at: createdAt }).returning('*'), // expect: prunes [ob38d]
        { trx: ctx.trx },
      )
    },
    async resetLead(_, { id }) {
      await models.AgentOutput.query().delete().where('lead_id', id) // expect: scans-all [ob38e]
      return true
    },
  },
}

module.exports = resolvers
