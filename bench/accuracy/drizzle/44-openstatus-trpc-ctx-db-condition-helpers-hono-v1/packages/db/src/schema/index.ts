export * from "./leads";
export * from "./agent-outputs";
export * from "./campaigns";
