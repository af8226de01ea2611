const { Model } = require('objection');

module.exports = function (app) {
  const { client, connection } = app.get('postgres');
  const db = require('knex')({ client, connection, useNullAsDefault: false });

  Model.knex(db);

  app.set('knex', db);
};
