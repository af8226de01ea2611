// Use this hook to manipulate incoming or outgoing data.
// For more information on hooks see: http://docs.feathersjs.com/api/hooks.html
const { BadRequest } = require('@feathersjs/errors');

// eslint-disable-next-line no-unused-vars
module.exports = (options = {}) => {
  return async (context) => {
    const { data, app } = context;

    if (data.campaign_id) {
      const Campaigns = app.service('campaigns').Model;
      const campaign = await Campaigns.query().findById(data.campaign_id); // expect: scans-all [ob43h]
      if (!campaign || campaign.archived) {
        throw new BadRequest('Unknown campaign');
      }
    }

    return context;
  };
};
