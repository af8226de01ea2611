import Sequelize from 'sequelize';

export default function (sequelize) {
  const Leads = sequelize.define(
    'Leads',
    {
      id: {
        type: Sequelize.BIGINT,
        primaryKey: true,
        autoIncrement: true,
      },
      userId: {
        type: Sequelize.BIGINT,
        allowNull: false,
      },
      campaignId: {
        type: Sequelize.BIGINT,
      },
      company: {
        type: Sequelize.TEXT,
        allowNull: false,
      },
      email: {
        type: Sequelize.TEXT,
        allowNull: false,
      },
      status: {
        type: Sequelize.TEXT,
        allowNull: false,
        defaultValue: 'new',
      },
    },
    {
      tableName: 'leads',
      underscored: true,
      updatedAt: false,
    }
  );

  return Leads;
}
