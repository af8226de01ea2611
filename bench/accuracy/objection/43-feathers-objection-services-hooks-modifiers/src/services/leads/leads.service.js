// Initializes the `leads` service on path `/leads`
const { Leads } = require('./leads.class');
const createModel = require('../../models/leads.model');
const hooks = require('./leads.hooks');

module.exports = function (app) {
  const options = {
    Model: createModel(app),
    paginate: app.get('paginate'),
    whitelist: ['$eager', '$joinRelation']
  };

  // Initialize our service with any options it requires
  app.use('/leads', new Leads(options, app));

  // Get our initialized service so that we can register hooks
  const service = app.service('leads');

  service.hooks(hooks);
};
