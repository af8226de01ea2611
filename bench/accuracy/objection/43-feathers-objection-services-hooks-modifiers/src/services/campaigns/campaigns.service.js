// Initializes the `campaigns` service on path `/campaigns`
const { Campaigns } = require('./campaigns.class');
const createModel = require('../../models/campaigns.model');

module.exports = function (app) {
  app.use('/campaigns', new Campaigns({ Model: createModel(app), paginate: app.get('paginate') }, app));
};
