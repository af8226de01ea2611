export * from "./agentOutputs";
export * from "./campaigns";
export * from "./leads";
