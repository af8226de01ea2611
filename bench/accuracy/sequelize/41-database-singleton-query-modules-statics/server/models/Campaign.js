const { DataTypes, Model } = require('sequelize')

class Campaign extends Model {
  constructor(values, options) {
    super(values, options)

    /** @type {number} */
    this.id
    /** @type {number} */
    this.userId
    /** @type {string} */
    this.name
    /** @type {boolean} */
    this.archived
  }

  /**
   * @param {number} userId
   * @returns {Promise<Campaign[]>}
   */
  static getActiveForUser(userId) {
    return this.findAll({
      where: {
        userId,
        archived: false
      },
      order: [['name', 'ASC']]
    })
  }

  /**
   * @param {import('../Database').sequelize} sequelize
   */
  static init(sequelize) {
    super.init(
      {
        id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
        userId: { type: DataTypes.BIGINT, field: 'user_id' },
        name: DataTypes.STRING,
        archived: DataTypes.BOOLEAN
      },
      { sequelize, modelName: 'campaign', tableName: 'campaigns', timestamps: false }
    )
  }
}

module.exports = Campaign
