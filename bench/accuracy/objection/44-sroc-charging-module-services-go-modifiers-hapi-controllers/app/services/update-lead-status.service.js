'use strict'

class UpdateLeadStatusService {
  static async go (lead, status) {
    await lead.$query().patch({ status }) // expect: scans-all [ob44d] cross

    return lead
  }
}

module.exports = UpdateLeadStatusService
