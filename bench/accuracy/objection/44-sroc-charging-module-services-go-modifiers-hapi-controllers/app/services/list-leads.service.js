'use strict'

const LeadModel = require('../models/lead.model')

function _startOfMonth () {
  const now = new Date()
  return new Date(now.getFullYear(), now.getMonth(), 1)
}

class ListLeadsService {
  static async go (userId, page = 1) {
    const result = await LeadModel.query()
      .modify('forUser', userId)
      .modify('createdSince', _startOfMonth())
      .orderBy('leads.created_at', 'desc')
      .page(page - 1, 50) // expect: prunes [ob44c] cross

    return result
  }

  static async withOutputs (userId, since) {
    return LeadModel.query()
      .modify('forUser', userId)
      .modify('createdSince', since)
      .withGraphFetched('outputs(recent)') // expect: prunes [ob44k] cross
  }

  static async statusSummary (userId) {
    return LeadModel.query()
      .select('status')
      .count('id as count')
      .modify('forUser', userId)
      .groupBy('status') // expect: scans-all [ob44j] cross
  }
}

module.exports = ListLeadsService
