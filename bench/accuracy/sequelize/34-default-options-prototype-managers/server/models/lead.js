module.exports = (sequelize, DataTypes) => {
  const lead = sequelize.define(
    't_lead',
    {
      id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
      user_id: { type: DataTypes.BIGINT, allowNull: false },
      campaign_id: { type: DataTypes.BIGINT },
      company: { type: DataTypes.TEXT, allowNull: false },
      email: { type: DataTypes.TEXT, allowNull: false },
      status: { type: DataTypes.TEXT, allowNull: false, defaultValue: 'new' },
      created_at: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'leads', timestamps: false },
  );

  lead.associate = (models) => {
    lead.hasMany(models.AgentOutput, { foreignKey: 'lead_id', sourceKey: 'id', as: 'outputs' });
  };

  return lead;
};
