const knex = require('knex');
const config = require('../../../shared/config');

let knexInstance;

function configure(dbConfig) {
    dbConfig.pool = dbConfig.pool || {min: 1, max: 10};
    return dbConfig;
}

if (!knexInstance && config.get('database') && config.get('database').client) {
    knexInstance = knex(configure(config.get('database')));
}

module.exports = knexInstance;
