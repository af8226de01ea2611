const Knex = require('knex');
const { Model } = require('objection');

const knexfile = {
  client: 'pg',
  connection: {
    host: process.env.DB_HOST || 'localhost',
    database: process.env.DB_DATABASE || 'coms'
  },
  pool: { min: 2, max: 10 }
};

class DataConnection {
  constructor() {
    if (!DataConnection._instance) {
      this.knex = Knex(knexfile);
      DataConnection._instance = this;
    }
    return DataConnection._instance;
  }

  get knex() {
    return this._knex;
  }

  // Every model reaches the database through the knex instance bound here.
  set knex(v) {
    this._knex = v;
    Model.knex(this._knex);
  }
}

module.exports = DataConnection;
