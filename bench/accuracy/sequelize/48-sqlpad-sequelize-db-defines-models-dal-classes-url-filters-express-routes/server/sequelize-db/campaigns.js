import Sequelize from 'sequelize';

export default function (sequelize) {
  const Campaigns = sequelize.define(
    'Campaigns',
    {
      id: {
        type: Sequelize.BIGINT,
        primaryKey: true,
        autoIncrement: true,
      },
      userId: {
        type: Sequelize.BIGINT,
        allowNull: false,
        field: 'user_id',
      },
      name: {
        type: Sequelize.TEXT,
        allowNull: false,
      },
      archived: {
        type: Sequelize.BOOLEAN,
        allowNull: false,
        defaultValue: false,
      },
    },
    {
      tableName: 'campaigns',
      timestamps: false,
    }
  );

  return Campaigns;
}
