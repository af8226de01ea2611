/* eslint-disable @typescript-eslint/no-explicit-any */
import { Op, Sequelize, type FindOptions, type ModelStatic, type Model, type Order } from 'sequelize';
import agentOutputModelDefn from './agent-output-model';
import campaignModelDefn from './campaign-model';
import leadModelDefn from './lead-model';

export class E422 extends Error {}

type SqlState = {
  sequelize: Sequelize;
  leadModel: ModelStatic<Model<any, any>>;
  agentOutputModel: ModelStatic<Model<any, any>>;
  campaignModel: ModelStatic<Model<any, any>>;
};

export type GetLeadsOptions = { status?: string; campaignId?: number; limit?: number };

const omit = <T extends object>(object: T, keys: string[]) =>
  Object.fromEntries(Object.entries(object).filter(([key, value]) => !keys.includes(key) && value !== undefined));

const clone = <T>(o: T): T => (o === undefined ? o : JSON.parse(JSON.stringify(o)));

/** Sort all records by most recently created. */
const order: Order = [['createdAt', 'desc']];

export class SqlStorageMethod {
  private _sequelize: SqlState | undefined = undefined;

  _sql(): SqlState {
    if (!this._sequelize) throw new Error('Sequelize not yet initialized!');
    return this._sequelize;
  }

  async _findByPk(model: ModelStatic<Model<any, any>>, pk: string | number) {
    return model.findByPk(Number(pk)); // expect-also: [sq46b] [sq46h] [sq46l]
  }

  // Ids arrive from URLs as strings; every *Id key of the where is normalised before the query.
  async _findAll(model: ModelStatic<Model<any, any>>, options: FindOptions) {
    if (options.where) {
      options.where = { ...options.where };
      for (const key of Object.keys(options.where)) {
        if (!key.endsWith('Id')) continue;
        (options.where as Record<string, unknown>)[key] = Number((options.where as Record<string, unknown>)[key]);
      }
    }
    return model.findAll(options); // expect-also: [sq46a] [sq46d] [sq46i]
  }

  async initialize(connectionUrl: string) {
    const sequelize = new Sequelize(connectionUrl, { logging: false });
    const leadModel = sequelize.define(leadModelDefn.tableName, leadModelDefn.attributes, { tableName: leadModelDefn.tableName, ...leadModelDefn.options });
    const agentOutputModel = sequelize.define(agentOutputModelDefn.tableName, agentOutputModelDefn.attributes, {
      tableName: agentOutputModelDefn.tableName,
      ...agentOutputModelDefn.options,
    });
    const campaignModel = sequelize.define(campaignModelDefn.tableName, campaignModelDefn.attributes, {
      tableName: campaignModelDefn.tableName,
      ...campaignModelDefn.options,
    });
    this._sequelize = { sequelize, leadModel, agentOutputModel, campaignModel };
  }

  async getLeads(userId: string, options: GetLeadsOptions = {}) {
    const { leadModel } = this._sql();
    const leads = await this._findAll(leadModel, {
      where: { userId, ...omit(options, ['limit']) },
      order,
      limit: options.limit || 10,
    }); // expect: scans-all [sq46a] cross
    return clone(leads);
  }

  async getLeadsInRange(userId: string, from: Date, to: Date) {
    const { leadModel } = this._sql();
    const leads = await this._findAll(leadModel, {
      where: { userId, createdAt: { [Op.gte]: from, [Op.lt]: to } },
      order,
    }); // expect: prunes [sq46c] cross
    return clone(leads);
  }

  async getStatuses(userId: string) {
    const { leadModel } = this._sql();
    const rows = await this._findAll(leadModel, {
      where: { userId },
      order: [['status', 'asc']],
      group: ['status'],
      attributes: ['status'],
    }); // expect: scans-all [sq46d] cross
    return clone(rows.map((row) => ({ status: row.get('status') as string })));
  }

  async findLeadById(leadId: string) {
    const { leadModel } = this._sql();
    const lead = await this._findByPk(leadModel, leadId); // expect: scans-all [sq46b] cross
    return clone(lead || undefined);
  }

  async createLead(unsavedLead: { userId: number; email: string; company: string }) {
    const { leadModel } = this._sql();
    const existing = await leadModel.findOne({ where: { userId: unsavedLead.userId, email: unsavedLead.email } }); // expect: scans-all [sq46m]
    if (existing) throw new E422(`Lead already exists for "${unsavedLead.email}"`);
    const lead = await leadModel.create({ ...unsavedLead, status: 'new', createdAt: new Date() });
    return clone(lead);
  }

  async updateLead(leadUpdates: { id: string; createdAt: string; status: string }) {
    const { leadModel } = this._sql();
    await leadModel.update({ status: leadUpdates.status }, { where: { id: leadUpdates.id, createdAt: new Date(leadUpdates.createdAt) } }); // expect: prunes [sq46e]
  }

  async deleteLead(leadId: string) {
    const { sequelize, leadModel, agentOutputModel } = this._sql();
    const lead = await this._findByPk(leadModel, leadId); // expect: scans-all [sq46h] cross
    if (!lead) throw new E422('Invalid lead ID');

    const transaction = await sequelize.transaction();
    try {
      await agentOutputModel.destroy({ where: { leadId }, transaction }); // expect: scans-all [sq46f]
      await leadModel.destroy({ where: { id: leadId }, transaction }); // expect: scans-all [sq46g]
      await transaction.commit();
    } catch (err) {
      await transaction.rollback();
      throw err;
    }
  }

  async getAgentOutputs(leadId: string) {
    const { agentOutputModel } = this._sql();
    const outputs = await this._findAll(agentOutputModel, { where: { leadId }, order }); // expect: scans-all [sq46i] cross
    return clone(outputs);
  }

  async getRecentAgentOutputs(leadId: string, since: Date) {
    const { agentOutputModel } = this._sql();
    const outputs = await this._findAll(agentOutputModel, { where: { leadId, createdAt: { [Op.gte]: since } }, order }); // expect: prunes [sq46j] cross
    return clone(outputs);
  }

  async pruneAgentOutputs(olderThan: Date) {
    const { agentOutputModel } = this._sql();
    return agentOutputModel.destroy({ where: { createdAt: { [Op.lt]: olderThan } } }); // expect: prunes [sq46n]
  }

  async getCampaigns(userId: string) {
    const { campaignModel } = this._sql();
    const campaigns = await this._findAll(campaignModel, { where: { userId, archived: false }, order: [['name', 'asc']] }); // expect: prunes [sq46k] cross
    return clone(campaigns);
  }

  async findCampaignById(campaignId: string) {
    const { campaignModel } = this._sql();
    const campaign = await this._findByPk(campaignModel, campaignId); // expect: scans-all [sq46l] cross
    return clone(campaign || undefined);
  }

  async archiveCampaign(userId: string, campaignId: string) {
    const { campaignModel } = this._sql();
    await campaignModel.update({ archived: true }, { where: { id: campaignId, userId } }); // expect: prunes [sq46o]
  }
}
