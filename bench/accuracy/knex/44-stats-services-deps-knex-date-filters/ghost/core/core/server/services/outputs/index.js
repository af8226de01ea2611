const db = require('../../data/db');
const OutputsService = require('./outputs-service');

module.exports = new OutputsService({knex: db.knex});
