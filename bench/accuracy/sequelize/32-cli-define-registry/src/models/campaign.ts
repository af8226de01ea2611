import type { Sequelize } from 'sequelize';
import { DataTypes } from 'sequelize';

export default (sequelize: Sequelize) =>
  sequelize.define(
    'Campaign',
    {
      id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
      userId: { type: DataTypes.BIGINT, field: 'user_id' },
      name: DataTypes.TEXT,
      archived: DataTypes.BOOLEAN,
    },
    { tableName: 'campaigns', timestamps: false },
  );
