export * from './AgentOutput';
export * from './Campaign';
export * from './Lead';
