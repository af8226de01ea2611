/**
 * Runs once an hour from server.js; keeps the outputs of the configured number of days.
 * @param {import('../models')} models
 * @param {import('./config')} config
 */
export default function scheduleOutputRetention(models, config) {
  const days = config.get('outputRetentionDays') || 180;
  setInterval(async () => {
    try {
      const removed = await models.agentOutputs.removeOldEntries(days);
      if (process.env.SQLPAD_DEBUG) process.stderr.write(`Removed ${removed} old agent outputs\n`);
    } catch (error) {
      process.stderr.write(`${error}\n`);
    }
  }, 60 * 60 * 1000);
}
