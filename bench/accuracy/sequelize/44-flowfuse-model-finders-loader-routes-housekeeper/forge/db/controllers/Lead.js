module.exports = {
  // Closes every lead of a campaign that is being archived.
  closeCampaignLeads: async function (app, campaign) {
    await app.db.models.Lead.update({ status: 'closed' }, { where: { CampaignId: campaign.id } }) // expect: scans-all [sq44l]
    const remaining = await app.db.models.Lead.countByCampaign(campaign.id)
    return remaining
  }
}
