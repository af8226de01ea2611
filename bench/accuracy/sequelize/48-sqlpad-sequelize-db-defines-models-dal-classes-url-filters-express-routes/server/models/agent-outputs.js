import { Op } from 'sequelize';

class AgentOutputs {
  /**
   * @param {import('../sequelize-db')} sequelizeDb
   * @param {import('../lib/config')} config
   */
  constructor(sequelizeDb, config) {
    this.sequelizeDb = sequelizeDb;
    this.config = config;
  }

  // The delivery webhook only knows the output id.
  async markDelivered(id) {
    const [count] = await this.sequelizeDb.AgentOutputs.update({ kind: 'delivered' }, { where: { id } }); // expect: scans-all [sq48k]
    return count;
  }

  async removeOldEntries(days) {
    const olderThan = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
    return this.sequelizeDb.AgentOutputs.destroy({ where: { createdAt: { [Op.lt]: olderThan } } }); // expect: prunes [sq48l]
  }
}

export default AgentOutputs;
