import { DataTypes } from 'sequelize';

export default {
  tableName: 'campaigns',
  attributes: {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    userId: { type: DataTypes.BIGINT, field: 'user_id' },
    name: { type: DataTypes.TEXT },
    archived: { type: DataTypes.BOOLEAN },
  },
  options: { timestamps: false },
};
