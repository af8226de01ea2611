const { get } = require('./lead.get');
const { getInPeriod, countByStatus } = require('./lead.getInPeriod');
const { destroy } = require('./lead.destroy');
const { purgeOutputs } = require('./lead.purgeOutputs');

const LeadManager = function LeadManager(eventManager) {
  this.eventManager = eventManager;
};

LeadManager.prototype.get = get;
LeadManager.prototype.getInPeriod = getInPeriod;
LeadManager.prototype.countByStatus = countByStatus;
LeadManager.prototype.destroy = destroy;
LeadManager.prototype.purgeOutputs = purgeOutputs;

module.exports = LeadManager;
