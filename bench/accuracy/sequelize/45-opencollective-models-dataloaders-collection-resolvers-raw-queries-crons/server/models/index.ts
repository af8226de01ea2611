import { Op, QueryTypes, Sequelize } from 'sequelize';
import AgentOutput from './AgentOutput';
import Campaign from './Campaign';
import Lead from './Lead';

export const sequelize = new Sequelize(process.env.DATABASE_URL ?? '', { dialect: 'postgres', logging: false });

Lead.initModel(sequelize);
AgentOutput.initModel(sequelize);
Campaign.initModel(sequelize);

Lead.belongsTo(Campaign, { foreignKey: 'campaignId', as: 'campaign' });
Lead.hasMany(AgentOutput, { foreignKey: 'leadId', as: 'outputs' });
Campaign.hasMany(Lead, { foreignKey: 'campaignId', as: 'leads' });

const models = { Lead, AgentOutput, Campaign };

export { Op, QueryTypes };
export default models;
