/* global WIKI */

module.exports = async () => {
  WIKI.logger.info('Purging old agent outputs...')
  try {
    await WIKI.models.agentOutputs.purge('P90D')
    WIKI.logger.info('Purging old agent outputs: [ COMPLETED ]')
  } catch (err) {
    WIKI.logger.error('Purging old agent outputs: [ FAILED ]')
    WIKI.logger.error(err.message)
  }
}
