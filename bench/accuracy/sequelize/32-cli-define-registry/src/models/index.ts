import { Sequelize, type Model, type ModelStatic } from 'sequelize';
import defineAgentOutput from './agent-output';
import defineCampaign from './campaign';
import defineLead from './lead';

const sequelize = new Sequelize(process.env.DATABASE_URL ?? '', { dialect: 'postgres', logging: false });

type Registry = Record<string, ModelStatic<Model> & { associate?: (models: Registry) => void }>;

const db: Registry = {};
for (const define of [defineLead, defineAgentOutput, defineCampaign]) {
  const model = define(sequelize);
  db[model.name] = model;
}
for (const model of Object.values(db)) model.associate?.(db);

export { sequelize };
export default db as { Lead: ModelStatic<Model>; AgentOutput: ModelStatic<Model>; Campaign: ModelStatic<Model> };
