import { DataTypes, type InferAttributes, type InferCreationAttributes, Model, Op } from 'sequelize';
import sequelize from '../lib/sequelize';
import AgentOutput from './AgentOutput';

class Lead extends Model<InferAttributes<Lead>, InferCreationAttributes<Lead>> {
  declare public id: number;
  declare public userId: number;
  declare public campaignId: number | null;
  declare public company: string;
  declare public email: string;
  declare public status: string;
  declare public createdAt: Date;

  static findByEmail = (email: string): Promise<Lead | null> => {
    return Lead.findOne({ where: { email: email.toLowerCase() } }); // expect-also: [sq36f]
  };

  async getRecentOutputs(since: Date): Promise<AgentOutput[]> {
    return AgentOutput.findAll({
      where: { leadId: this.id, createdAt: { [Op.gte]: since } },
      order: [['createdAt', 'DESC']],
    }); // expect: prunes [sq36e]
  }
}

Lead.init(
  {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    userId: { type: DataTypes.BIGINT, field: 'user_id' },
    campaignId: { type: DataTypes.BIGINT, field: 'campaign_id' },
    company: { type: DataTypes.TEXT },
    email: { type: DataTypes.TEXT },
    status: { type: DataTypes.TEXT, defaultValue: 'new' },
    createdAt: { type: DataTypes.DATE, field: 'created_at' },
  },
  { sequelize, tableName: 'leads', updatedAt: false },
);

export default Lead;
