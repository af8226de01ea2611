export { default as leads } from './leads';
export { default as agentOutputs } from './agentOutputs';
