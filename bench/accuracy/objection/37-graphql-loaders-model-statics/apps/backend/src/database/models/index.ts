export { AgentOutput } from './AgentOutput';
export { Campaign } from './Campaign';
export { Lead } from './Lead';
