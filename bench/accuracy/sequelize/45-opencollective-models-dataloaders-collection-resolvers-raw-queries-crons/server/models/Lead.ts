import moment from 'moment';
import { DataTypes, Model, Op, type Sequelize } from 'sequelize';
import type Campaign from './Campaign';

class Lead extends Model {
  declare id: number;
  declare userId: number;
  declare campaignId: number | null;
  declare company: string;
  declare email: string;
  declare status: string;
  declare createdAt: Date;
  declare getCampaign: () => Promise<Campaign | null>;

  static initModel(sequelize: Sequelize) {
    Lead.init(
      {
        id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
        userId: DataTypes.BIGINT,
        campaignId: DataTypes.BIGINT,
        company: DataTypes.TEXT,
        email: DataTypes.TEXT,
        status: DataTypes.TEXT,
      },
      { sequelize, tableName: 'leads', underscored: true, updatedAt: false, modelName: 'Lead' },
    );
  }

  static async getRecentForUser(userId: number, days = 30) {
    return Lead.findAll({
      where: { userId, createdAt: { [Op.gte]: moment().subtract(days, 'days').toDate() } },
      order: [['createdAt', 'DESC']],
    }); // expect: prunes [sq45a]
  }
}

export default Lead;
