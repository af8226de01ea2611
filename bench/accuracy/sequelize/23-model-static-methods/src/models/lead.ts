import { DataTypes, Model, Op, fn, col, where as sqlWhere } from 'sequelize';
import { sequelize } from './index';
import { AgentOutput } from './agent-output';

export class Lead extends Model {
  declare id: number;
  declare userId: number;
  declare company: string;
  declare status: string;
  declare createdAt: Date;

  static async findRecentByUser(userId: number, days = 30) {
    return this.findAll({ where: { userId, createdAt: { [Op.gte]: new Date(Date.now() - days * 86_400_000) } } }); // expect: prunes [sq23a]
  }

  static async findByUser(userId: number) {
    return this.findAll({ where: { userId }, order: [['createdAt', 'DESC']] }); // expect: scans-all [sq23b]
  }

  static async countOnDay(day: string) {
    return this.count({ where: sqlWhere(fn('date', col('created_at')), day) }); // expect: scans-all [sq23c]
  }

  static async withEmailOutputs(since: Date) {
    return this.findAll({
      where: { createdAt: { [Op.gte]: since } },
      include: [{ model: AgentOutput, as: 'outputs', where: { kind: 'email' }, required: true }],
    }); // expect: scans-all [sq23d]
  }
}

Lead.init(
  {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    userId: DataTypes.BIGINT,
    campaignId: DataTypes.BIGINT,
    company: DataTypes.TEXT,
    email: DataTypes.TEXT,
    status: DataTypes.TEXT,
  },
  { sequelize, tableName: 'leads', underscored: true, updatedAt: false },
);
