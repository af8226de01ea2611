import Moment from 'moment';
import { Op } from 'sequelize';
import { AllowNull, BeforeDestroy, BelongsTo, Column, DataType, Default, ForeignKey, HasMany, PrimaryKey, Table } from 'sequelize-typescript';
import { AgentOutput } from './AgentOutput';
import { Campaign } from './Campaign';
import { CommonModel } from './CommonModel';

@Table({ tableName: 'leads', underscored: true, updatedAt: false })
export class Lead extends CommonModel<Lead> {
  idPrefix() {
    return 'led';
  }

  @PrimaryKey
  @Column(DataType.BIGINT)
  id: string;

  @PrimaryKey
  @Column({ type: DataType.DATE, field: 'created_at' })
  createdAt: Date;

  @AllowNull(false)
  @Column({ type: DataType.BIGINT, field: 'user_id' })
  userId: string;

  @ForeignKey(() => Campaign)
  @Column({ type: DataType.BIGINT, field: 'campaign_id' })
  campaignId: string;

  @Column(DataType.TEXT)
  company: string;

  @Column(DataType.TEXT)
  email: string;

  @Default('new')
  @Column(DataType.TEXT)
  status: string;

  @BelongsTo(() => Campaign)
  campaign: Campaign;

  @HasMany(() => AgentOutput)
  agentOutputs: AgentOutput[];

  async outputs() {
    return AgentOutput.findAll({ where: { leadId: this.id }, order: [['createdAt', 'DESC']] }); // expect: scans-all [sq47b]
  }

  async recentOutputs(days = 7) {
    return AgentOutput.findAll({
      where: { leadId: this.id, createdAt: { [Op.gte]: Moment().subtract(days, 'days').toDate() } },
      order: [['createdAt', 'DESC']],
    }); // expect: prunes [sq47c]
  }

  async apiData() {
    return { id: this.id, company: this.company, email: this.email, status: this.status, createdAt: this.createdAt.getTime() };
  }

  @BeforeDestroy
  static async destroyOutputs(instance: Lead) {
    await AgentOutput.destroy({ where: { leadId: instance.id } }); // expect: scans-all [sq47d]
  }

  static async sweep(limit: number) {
    const days = 90;
    const leads = await Lead.findAll({
      where: { status: 'stale', createdAt: { [Op.lt]: Moment().subtract(days, 'days').toDate() } },
      limit,
    }); // expect: prunes [sq47e]
    for (const lead of leads) {
      await lead.destroy(); // expect: prunes [sq47f]
    }
    return leads.length;
  }
}
