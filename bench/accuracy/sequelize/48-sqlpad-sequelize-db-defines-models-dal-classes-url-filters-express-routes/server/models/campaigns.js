import { visibleTo } from '../lib/lead-filters.js';

class Campaigns {
  /**
   * @param {import('../sequelize-db')} sequelizeDb
   * @param {import('../lib/config')} config
   */
  constructor(sequelizeDb, config) {
    this.sequelizeDb = sequelizeDb;
    this.config = config;
  }

  async findAllForUser(user) {
    const campaigns = await this.sequelizeDb.Campaigns.findAll({
      where: { ...visibleTo(user), archived: false },
      order: [['name', 'ASC']],
    }); // expect: scans-all [sq48n] cross
    return campaigns.map((c) => c.toJSON());
  }

  async findOneForUser(id, user) {
    const campaign = await this.sequelizeDb.Campaigns.findOne({ where: { id, userId: user.id } }); // expect: prunes [sq48o]
    return campaign ? campaign.toJSON() : undefined;
  }
}

export default Campaigns;
