const Lead = require('./lead/lead.model')
const AgentOutput = require('./agentOutput/agentOutput.model')
const Campaign = require('./campaign/campaign.model')

module.exports = { Lead, AgentOutput, Campaign }
