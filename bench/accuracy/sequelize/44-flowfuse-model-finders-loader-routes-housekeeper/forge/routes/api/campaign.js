module.exports = async function (app) {
  app.get('/', async (request, reply) => {
    reply.send(await app.db.models.Campaign.byUser(request.session.User.id))
  })

  app.post('/:campaignId/archive', async (request, reply) => {
    const campaign = await app.db.models.Campaign.byId(request.params.campaignId)
    campaign.archived = true
    await campaign.save() // expect: scans-all [sq44n] cross
    await app.db.controllers.Lead.closeCampaignLeads(app, campaign)
    reply.send({ status: 'okay' })
  })
}
