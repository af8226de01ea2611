'use strict'
const moment = require('moment')
const models = require('../models')

const getRecentLeads = async (userId, days) => {
  return models.Lead.findAll({
    where: {
      userId,
      createdAt: { [models.Sequelize.Op.gte]: moment().subtract(days, 'days').toDate() }
    },
    order: [['createdAt', 'DESC']]
  })
}

const findLeadByEmail = async (email) => {
  return models.Lead.findOne({ where: { email: email.toLowerCase() } }) // expect-also: [sq39h]
}

const getActiveCampaigns = async (userId) => {
  return models.Campaign.findAll({ where: { userId, archived: false }, order: [['name', 'ASC']] })
}

module.exports = { getRecentLeads, findLeadByEmail, getActiveCampaigns }
