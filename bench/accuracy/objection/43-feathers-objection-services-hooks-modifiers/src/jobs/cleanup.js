const cron = require('node-cron');

module.exports = function (app) {
  cron.schedule('30 2 * * *', async () => {
    await app.service('outputs').purgeOlderThan(app.get('outputRetentionDays') || 90);
  });
};
