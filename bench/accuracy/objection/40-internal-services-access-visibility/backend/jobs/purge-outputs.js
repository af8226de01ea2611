import internalAgentOutput from "../internal/agent-output.js";
import { global as logger } from "../logger.js";

const RETENTION_DAYS = 60;

const purgeOutputs = {
	interval: 1000 * 60 * 60 * 24,
	timeout: null,

	initTimer: () => {
		logger.info("Output purge timer initialized");
		purgeOutputs.timeout = setTimeout(purgeOutputs.run, purgeOutputs.interval);
	},

	run: async () => {
		const removed = await internalAgentOutput.purge(RETENTION_DAYS);
		logger.info(`Purged ${removed} agent outputs`);
		purgeOutputs.timeout = setTimeout(purgeOutputs.run, purgeOutputs.interval);
	},
};

export default purgeOutputs;
