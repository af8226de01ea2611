import Sequelize from 'sequelize';

export default function (sequelize) {
  const AgentOutputs = sequelize.define(
    'AgentOutputs',
    {
      id: {
        type: Sequelize.BIGINT,
        primaryKey: true,
        autoIncrement: true,
      },
      leadId: {
        type: Sequelize.BIGINT,
        allowNull: false,
        field: 'lead_id',
      },
      kind: {
        type: Sequelize.TEXT,
        allowNull: false,
      },
      body: {
        type: Sequelize.TEXT,
      },
      createdAt: {
        type: Sequelize.DATE,
        allowNull: false,
        field: 'created_at',
      },
    },
    {
      tableName: 'agent_outputs',
      updatedAt: false,
    }
  );

  return AgentOutputs;
}
