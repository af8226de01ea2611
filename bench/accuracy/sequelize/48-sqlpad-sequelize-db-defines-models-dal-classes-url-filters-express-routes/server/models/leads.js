import { createdAfter, visibleTo } from '../lib/lead-filters.js';

class Leads {
  /**
   * @param {import('../sequelize-db')} sequelizeDb
   * @param {import('../lib/config')} config
   */
  constructor(sequelizeDb, config) {
    this.sequelizeDb = sequelizeDb;
    this.config = config;
  }

  async findOneById(id) {
    let lead = await this.sequelizeDb.Leads.findOne({ where: { id } }); // expect: scans-all [sq48a]
    if (!lead) {
      return;
    }
    lead = lead.toJSON();

    // Outputs are only ever written after their lead.
    const outputs = await this.sequelizeDb.AgentOutputs.findAll({
      where: { leadId: id, ...createdAfter(lead.createdAt) },
      order: [['createdAt', 'ASC']],
    }); // expect: prunes [sq48b] cross
    lead.outputs = outputs.map((o) => o.toJSON());

    return lead;
  }

  async findAllForUser(user) {
    let items = await this.sequelizeDb.Leads.findAll({
      where: visibleTo(user),
    }); // expect: scans-all [sq48h] cross
    items = items.map((item) => item.toJSON());
    return items;
  }

  /**
   * Get the leads of a user for one campaign, and optionally their outputs
   * @param {object} user
   * @param {string} [campaignId]
   * @param {{ includeOutputs?: boolean, limit?: number, since: Date }} options
   */
  async findAllForUserCampaign(user, campaignId = null, { includeOutputs = false, limit = 40, since }) {
    let leads = await this.sequelizeDb.Leads.findAll({
      where: { userId: user.id, campaignId, ...createdAfter(since) },
      limit,
      order: [['createdAt', 'DESC']],
    }); // expect: prunes [sq48c] cross
    leads = leads.map((item) => item.toJSON());

    if (includeOutputs && leads.length > 0) {
      const leadIds = leads.map((lead) => lead.id);
      const outputs = await this.sequelizeDb.AgentOutputs.findAll({
        where: { leadId: leadIds, ...createdAfter(since) },
      }); // expect: prunes [sq48d] cross
      const byLead = new Map();
      outputs.forEach((o) => byLead.set(o.leadId, [...(byLead.get(o.leadId) || []), o.toJSON()]));
      leads.forEach((lead) => {
        lead.outputs = byLead.get(lead.id) || [];
      });
    }

    return leads;
  }

  async findByFilter(filter) {
    const rows = await this.sequelizeDb.Leads.findAll({
      where: filter,
      order: [['createdAt', 'DESC']],
    }); // expect-also: [sq48e]
    return rows.map((row) => row.toJSON());
  }

  async countByFilter(filter) {
    return this.sequelizeDb.Leads.count({ where: filter }); // expect-also: [sq48p]
  }

  async update(id, createdAt, data) {
    await this.sequelizeDb.Leads.update(data, { where: { id, createdAt } }); // expect: prunes [sq48g]
    return { id, createdAt, ...data };
  }

  /**
   * Removes the leads of a campaign and their outputs
   * @param {string} campaignId
   */
  async removeForCampaign(campaignId) {
    return this.sequelizeDb.sequelize.transaction(async (transaction) => {
      const count = await this.sequelizeDb.Leads.destroy({
        where: { campaignId },
        transaction,
      }); // expect: scans-all [sq48j]
      return count;
    });
  }

  async countByCampaignSince(userId, since) {
    const [rows] = await this.sequelizeDb.sequelize.query(
      'SELECT campaign_id, COUNT(*) AS n FROM leads WHERE user_id = :userId AND created_at >= :since GROUP BY campaign_id',
      { replacements: { userId, since } }
    ); // expect: prunes [sq48q]
    return rows;
  }
}

export default Leads;
