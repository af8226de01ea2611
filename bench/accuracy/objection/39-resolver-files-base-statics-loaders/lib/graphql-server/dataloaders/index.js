const DataLoader = require('dataloader')
const { Campaign, Lead } = require('../../db/models')
const modelsByIds = require('./models-by-ids')

module.exports = () => ({
  campaignsByIds: new DataLoader(modelsByIds(Campaign)),
  leadsByIds: new DataLoader(modelsByIds(Lead))
})
