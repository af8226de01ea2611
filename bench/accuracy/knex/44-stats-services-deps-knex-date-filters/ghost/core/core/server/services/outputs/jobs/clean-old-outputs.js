const moment = require('moment');
const logging = require('@tryghost/logging');
const outputsService = require('../index');

// Runs nightly from the job manager: drops outputs older than the retention window.
module.exports = async function cleanOldOutputs() {
    const cutoff = moment().subtract(90, 'days').toDate();
    const deleted = await outputsService.deleteOlderThan(cutoff); // expect: prunes [kx44l] cross
    logging.info(`[Outputs] removed ${deleted} old agent outputs`);
};
