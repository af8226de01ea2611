export const DI = {
  db: Symbol('db'),
  leadsRepository: Symbol('leadsRepository'),
  agentOutputsRepository: Symbol('agentOutputsRepository'),
  campaignsRepository: Symbol('campaignsRepository'),
};
