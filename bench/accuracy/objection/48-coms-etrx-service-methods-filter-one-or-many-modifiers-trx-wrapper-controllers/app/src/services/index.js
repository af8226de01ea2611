module.exports = {
  agentOutputService: require('./agentOutput'),
  campaignService: require('./campaign'),
  leadService: require('./lead')
};
