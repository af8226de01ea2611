module.exports = {
  AgentOutput: require('./tables/agentOutput'),
  Campaign: require('./tables/campaign'),
  Lead: require('./tables/lead')
};
