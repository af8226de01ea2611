import { DataTypes } from 'sequelize';

export default {
  tableName: 'leads',
  attributes: {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    userId: { type: DataTypes.BIGINT, field: 'user_id' },
    campaignId: { type: DataTypes.BIGINT, field: 'campaign_id' },
    company: { type: DataTypes.TEXT },
    email: { type: DataTypes.TEXT },
    status: { type: DataTypes.TEXT },
    createdAt: { type: DataTypes.DATE(6), field: 'created_at' },
  },
  options: { updatedAt: false as const },
};
