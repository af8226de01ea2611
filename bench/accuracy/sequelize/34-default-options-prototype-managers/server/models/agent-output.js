module.exports = (sequelize, DataTypes) => {
  const agentOutput = sequelize.define(
    't_agent_output',
    {
      id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
      lead_id: { type: DataTypes.BIGINT, allowNull: false },
      kind: { type: DataTypes.TEXT, allowNull: false },
      body: { type: DataTypes.TEXT },
      created_at: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'agent_outputs', timestamps: false },
  );

  agentOutput.associate = (models) => {
    agentOutput.belongsTo(models.Lead, { foreignKey: 'lead_id', targetKey: 'id', as: 'lead' });
  };

  return agentOutput;
};
