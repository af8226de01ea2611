module.exports = {
  AgentOutput: require('./agent-output'),
  Campaign: require('./campaign'),
  Lead: require('./lead')
}
