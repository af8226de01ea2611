import internalLead from "./lead.js";

const internalReport = {
	/**
	 * @param  {Access}   access
	 * @return {Promise}
	 */
	getLeadsReport: async (access) => {
		const accessData = await access.can("reports:leads", 1);
		const userId = access.token.getUserId(1);
		const [total] = await Promise.all([internalLead.getCount(userId, accessData.permission_visibility)]);
		return { leads: total };
	},
};

export default internalReport;
