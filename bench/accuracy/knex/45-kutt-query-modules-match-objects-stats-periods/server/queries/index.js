const lead = require("./lead.queries");
const output = require("./output.queries");
const campaign = require("./campaign.queries");

module.exports = {
  lead,
  output,
  campaign
};
