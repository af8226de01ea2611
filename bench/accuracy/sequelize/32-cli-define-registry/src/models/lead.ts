import type { ModelStatic, Model, Sequelize } from 'sequelize';
import { DataTypes } from 'sequelize';

type Registry = Record<string, ModelStatic<Model>>;

export default (sequelize: Sequelize) => {
  const Lead = sequelize.define(
    'Lead',
    {
      id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
      userId: { type: DataTypes.BIGINT, field: 'user_id' },
      campaignId: { type: DataTypes.BIGINT, field: 'campaign_id' },
      company: DataTypes.TEXT,
      email: DataTypes.TEXT,
      status: DataTypes.TEXT,
      createdAt: { type: DataTypes.DATE, field: 'created_at' },
    },
    { tableName: 'leads', updatedAt: false },
  ) as ModelStatic<Model> & { associate?: (models: Registry) => void };
  Lead.associate = (models) => {
    Lead.belongsTo(models.Campaign!, { foreignKey: 'campaignId', as: 'campaign' });
    Lead.hasMany(models.AgentOutput!, { foreignKey: 'leadId', as: 'outputs' });
  };
  return Lead;
};
