const graphHelper = require('../../helpers/graph')

/* global WIKI */

module.exports = {
  Query: {
    async leads () { return {} }
  },
  Mutation: {
    async leads () { return {} }
  },
  LeadQuery: {
    async list (obj, args, context, info) {
      return WIKI.models.leads.forUser(context.req.user.id)
        .orderBy('leads.created_at', 'desc')
        .limit(args.limit || 50) // expect: scans-all [ob42i] cross
    },
    async recent (obj, args, context, info) {
      return WIKI.models.leads.forUser(context.req.user.id)
        .where('leads.created_at', '>=', args.since)
        .orderBy('leads.created_at', 'desc') // expect: prunes [ob42j] cross
    },
    async single (obj, args, context, info) {
      const lead = await WIKI.models.leads.getLead(args.id)
      if (!lead) {
        throw new Error('This lead does not exist.')
      }
      return lead
    },
    async stats (obj, args, context, info) {
      return WIKI.models.leads.getStats(context.req.user.id, args.since)
    },
    async history (obj, args, context, info) {
      return WIKI.models.agentOutputs.getHistory({
        leadId: args.id,
        since: args.since,
        offsetPage: args.offsetPage || 0,
        offsetSize: args.offsetSize || 100
      })
    },
    async campaigns (obj, args, context, info) {
      return WIKI.models.campaigns.query()
        .where({ user_id: context.req.user.id, archived: false })
        .orderBy('name') // expect: prunes [ob42k]
    },
    async campaign (obj, args, context, info) {
      return WIKI.models.campaigns.query().where('id', args.id).first() // expect: scans-all [ob42l]
    }
  },
  LeadMutation: {
    async update (obj, args, context) {
      try {
        await WIKI.models.leads.updateLead({ id: args.id, createdAt: args.createdAt, status: args.status })
        return { responseResult: graphHelper.generateSuccess('Lead has been updated.') }
      } catch (err) {
        return graphHelper.generateError(err)
      }
    },
    async delete (obj, args, context) {
      try {
        await WIKI.models.leads.deleteLead({ id: args.id })
        return { responseResult: graphHelper.generateSuccess('Lead has been deleted.') }
      } catch (err) {
        return graphHelper.generateError(err)
      }
    }
  }
}
