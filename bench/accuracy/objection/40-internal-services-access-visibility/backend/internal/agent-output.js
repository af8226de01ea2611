import agentOutputModel from "../models/agent_output.js";

const internalAgentOutput = {
	/**
	 * The newest outputs, for the activity page
	 *
	 * @param   {Access}  access
	 * @param   {String}  [searchQuery]
	 * @returns {Promise}
	 */
	getAll: async (access, searchQuery) => {
		await access.can("outputs:list");

		const query = agentOutputModel.query().orderBy("created_at", "DESC").orderBy("id", "DESC").limit(100);

		if (typeof searchQuery === "string" && searchQuery.length > 0) {
			query.where(function () {
				this.where("body", "like", `%${searchQuery}%`);
			});
		}

		return await query; // expect: scans-all [ob40f]
	},

	/**
	 * Removes outputs older than the retention period (run by the daily job)
	 *
	 * @param   {Integer}  days
	 * @returns {Promise}
	 */
	purge: async (days) => {
		const cutoff = new Date(Date.now() - days * 86400000);
		return await agentOutputModel.query().delete().where("created_at", "<", cutoff); // expect: prunes [ob40g]
	},
};

export default internalAgentOutput;
