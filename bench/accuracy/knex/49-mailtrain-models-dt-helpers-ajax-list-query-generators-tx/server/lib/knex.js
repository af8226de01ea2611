'use strict';

const config = require('./config');
const knex = require('knex')(config.postgres);

module.exports = knex;
