import { DataTypes, Model, Op, type Sequelize } from 'sequelize';
import Lead from './Lead';

class Campaign extends Model {
  declare id: number;
  declare userId: number;
  declare name: string;
  declare archived: boolean;

  static initModel(sequelize: Sequelize) {
    Campaign.init(
      {
        id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
        userId: { type: DataTypes.BIGINT, field: 'user_id' },
        name: DataTypes.TEXT,
        archived: DataTypes.BOOLEAN,
      },
      { sequelize, tableName: 'campaigns', timestamps: false, modelName: 'Campaign' },
    );
  }

  async getLeadsCount(since: Date): Promise<number> {
    return Lead.count({ where: { campaignId: this.id, createdAt: { [Op.gte]: since } } }); // expect: prunes [sq45n]
  }
}

export default Campaign;
