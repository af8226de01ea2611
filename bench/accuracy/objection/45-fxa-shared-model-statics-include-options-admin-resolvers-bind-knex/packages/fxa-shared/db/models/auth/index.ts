export { Lead } from './lead';
export { AgentOutput } from './agent-output';
export { Campaign } from './campaign';
