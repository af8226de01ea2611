'use strict'

/**
 * Fetches a user's leads created in the last week, for the dashboard
 * @module FetchRecentLeadsService
 */

const LeadModel = require('../../models/lead.model.js')

const RECENT_DAYS = 7

async function go (userId) {
  const since = new Date()
  since.setDate(since.getDate() - RECENT_DAYS)

  const leads = await LeadModel.query()
    .select(['id', 'company', 'status', 'createdAt'])
    .where('userId', userId)
    .modify('notArchived')
    .modify('createdSince', since) // expect: prunes [ob36b] cross

  return leads
}

module.exports = {
  go
}
