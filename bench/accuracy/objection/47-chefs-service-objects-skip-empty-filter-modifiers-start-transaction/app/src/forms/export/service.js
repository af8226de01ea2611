const { Lead } = require('../common/models');

const DAY = 24 * 3600 * 1000;

const service = {
  // The export preference always bounds the period (the last 30 days when the user chose nothing).
  _exportPreference: (params = {}) => {
    const maxDate = params.maxDate ? new Date(params.maxDate) : new Date();
    const minDate = params.minDate ? new Date(params.minDate) : new Date(maxDate.getTime() - 30 * DAY);
    return { minDate, maxDate };
  },

  _getLeads: async (userId, preference) => {
    return Lead.query()
      .select('leads.id', 'leads.company', 'leads.email', 'leads.status', 'leads.created_at')
      .modify('filterUserId', userId)
      .modify('filterCreatedAt', preference.minDate, preference.maxDate)
      .modify('orderDefault'); // expect: prunes [ob47o] cross
  },

  export: async (userId, params) => {
    const rows = await service._getLeads(userId, service._exportPreference(params));
    return rows.map((r) => [r.id, r.company, r.email, r.status, r.created_at.toISOString()].join(',')).join('\n');
  },
};

module.exports = service;
