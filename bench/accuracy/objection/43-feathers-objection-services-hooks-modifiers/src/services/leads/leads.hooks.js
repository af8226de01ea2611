const { authenticate } = require('@feathersjs/authentication').hooks;
const validateCampaign = require('../../hooks/validate-campaign');
const removeOutputs = require('../../hooks/remove-outputs');

module.exports = {
  before: {
    all: [authenticate('jwt')],
    create: [validateCampaign()],
    patch: [validateCampaign()]
  },

  after: {
    remove: [removeOutputs()]
  }
};
