/* global WIKI */

module.exports = async ({ userId }) => {
  WIKI.logger.info(`Marking stale leads of user ${userId}...`)
  await WIKI.models.leads.forUser(userId).patch({ status: 'stale' }).where('leads.status', 'new') // expect: scans-all [ob42h] cross
}
