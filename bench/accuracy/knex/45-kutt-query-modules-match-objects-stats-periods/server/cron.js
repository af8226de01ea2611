const cron = require("node-cron");
const { subDays } = require("date-fns");
const query = require("./queries");

cron.schedule("0 3 * * *", async () => {
  await query.output.removeOlderThan(subDays(new Date(), 90)).catch(() => {}); // expect: prunes [kx45n] cross
});
