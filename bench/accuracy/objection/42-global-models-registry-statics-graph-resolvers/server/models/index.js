module.exports = {
  leads: require('./leads'),
  agentOutputs: require('./agentOutputs'),
  campaigns: require('./campaigns')
}
