const Sequelize = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', logging: false });

const models = {
  Lead: require('./lead')(sequelize, Sequelize.DataTypes),
  AgentOutput: require('./agent-output')(sequelize, Sequelize.DataTypes),
};

Object.values(models)
  .filter((model) => typeof model.associate === 'function')
  .forEach((model) => model.associate(models));

const db = {
  ...models,
  sequelize,
};

module.exports = db;
