// Initializes the `outputs` service on path `/outputs`
const { Outputs } = require('./outputs.class');
const createModel = require('../../models/outputs.model');

module.exports = function (app) {
  app.use('/outputs', new Outputs({ Model: createModel(app), paginate: app.get('paginate') }, app));
};
