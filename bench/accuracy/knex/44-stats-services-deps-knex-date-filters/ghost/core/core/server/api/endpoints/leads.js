const statsService = require('../../services/stats/service');
const leadsService = require('../../services/leads');
const outputsService = require('../../services/outputs');

/** @type {import('@tryghost/api-framework').Controller} */
const controller = {
    docName: 'leads',

    browse: {
        headers: {cacheInvalidate: false},
        options: ['limit'],
        permissions: true,
        query(frame) {
            return leadsService.leads.getRecentLeads(frame.user.id, {limit: frame.options.limit});
        }
    },

    stats: {
        options: ['date_from', 'date_to', 'timezone'],
        permissions: {docName: 'leads', method: 'browse'},
        query(frame) {
            return statsService.api.leads.getStatusCounts({...frame.options, user_id: frame.user.id});
        }
    },

    outputs: {
        options: ['id', 'since'],
        permissions: {docName: 'leads', method: 'read'},
        query(frame) {
            return outputsService.getOutputsForLead(frame.options.id, {since: frame.options.since});
        }
    },

    destroy: {
        statusCode: 204,
        options: ['id'],
        permissions: true,
        async query(frame) {
            await outputsService.destroyForLeads([frame.options.id]);
            return leadsService.leads.destroy(frame.options.id);
        }
    }
};

module.exports = controller;
