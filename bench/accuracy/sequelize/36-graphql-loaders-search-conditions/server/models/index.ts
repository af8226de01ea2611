import { Op } from 'sequelize';
import sequelize from '../lib/sequelize';
import AgentOutput from './AgentOutput';
import Lead from './Lead';

const models = {
  AgentOutput,
  Lead,
};

Lead.hasMany(AgentOutput, { foreignKey: 'leadId', as: 'outputs' });
AgentOutput.belongsTo(Lead, { foreignKey: 'leadId', as: 'lead' });

export { Op, sequelize };
export default models;
