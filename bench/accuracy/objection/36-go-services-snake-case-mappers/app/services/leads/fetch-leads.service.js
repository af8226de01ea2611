'use strict'

/**
 * Fetches a page of a user's leads for the `/leads` page
 * @module FetchLeadsService
 */

const LeadModel = require('../../models/lead.model.js')

const DEFAULT_PAGE_SIZE = 25

async function go (userId, page = 1) {
  const { results, total } = await LeadModel.query()
    .select(['id', 'company', 'email', 'status', 'createdAt'])
    .where('userId', userId)
    .modify('notArchived')
    .orderBy('createdAt', 'desc')
    .page(page - 1, DEFAULT_PAGE_SIZE) // expect: scans-all [ob36c] cross

  return { leads: results, total }
}

module.exports = {
  go
}
