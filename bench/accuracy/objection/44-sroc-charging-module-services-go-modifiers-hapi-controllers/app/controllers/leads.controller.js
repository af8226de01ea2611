'use strict'

const FetchLeadService = require('../services/fetch-lead.service')
const ListLeadsService = require('../services/list-leads.service')
const UpdateLeadStatusService = require('../services/update-lead-status.service')
const ViewLeadOutputsService = require('../services/view-lead-outputs.service')

class LeadsController {
  static async index (req, h) {
    const result = await ListLeadsService.go(req.auth.credentials.user.id, req.query.page)

    return h.response(result).code(200)
  }

  static async show (req, h) {
    const result = await ViewLeadOutputsService.go(req.params.leadId)

    return h.response(result).code(200)
  }

  static async status (req, h) {
    const lead = await FetchLeadService.go(req.params.leadId)
    await UpdateLeadStatusService.go(lead, req.payload.status)

    return h.response().code(204)
  }
}

module.exports = LeadsController
