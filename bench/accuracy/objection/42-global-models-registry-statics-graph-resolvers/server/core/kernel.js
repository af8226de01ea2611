/* global WIKI */

module.exports = {
  async init () {
    WIKI.models = require('./db').init()
    await WIKI.scheduler.start()
  }
}
