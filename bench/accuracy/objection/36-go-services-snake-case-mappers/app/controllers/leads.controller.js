'use strict'

/**
 * Controller for /leads endpoints
 * @module LeadsController
 */

const FetchLeadService = require('../services/leads/fetch-lead.service.js')
const FetchLeadsService = require('../services/leads/fetch-leads.service.js')
const FetchRecentLeadsService = require('../services/leads/fetch-recent-leads.service.js')
const SubmitReviewService = require('../services/leads/submit-review.service.js')

async function index (request, h) {
  const pageData = await FetchLeadsService.go(request.auth.credentials.user.id, Number(request.query.page ?? 1))

  return h.view('leads/index.njk', pageData)
}

async function recent (request, h) {
  const leads = await FetchRecentLeadsService.go(request.auth.credentials.user.id)

  return h.view('leads/recent.njk', { leads })
}

async function view (request, h) {
  const lead = await FetchLeadService.go(request.params.id) // expect-also: [ob36a]

  return h.view('leads/view.njk', { lead })
}

async function submitReview (request, h) {
  const lead = await FetchLeadService.go(request.params.id) // expect-also: [ob36a]

  await SubmitReviewService.go(lead)

  return h.redirect(`/leads/${lead.id}`)
}

module.exports = {
  index,
  recent,
  submitReview,
  view
}
