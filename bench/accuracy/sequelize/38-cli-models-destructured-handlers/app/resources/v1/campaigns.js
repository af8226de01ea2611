import models from '../../db/models/index.js'

const { Campaign } = models

const findCampaignsOfUser = async function (userId) {
  return Campaign.findAll({ where: { userId, archived: false }, order: [['name', 'ASC']] })
}

export async function get (req, res) {
  const campaigns = await findCampaignsOfUser(req.user.id) // expect: prunes [sq38h] cross
  res.status(200).json({ campaigns })
}
