import campaignModel from "../models/campaign.js";

const internalCampaign = {
	/**
	 * @param   {Access}  access
	 * @returns {Promise}
	 */
	getAll: async (access) => {
		const accessData = await access.can("campaigns:list");

		const query = campaignModel.query().where("archived", false).orderBy("name", "ASC");

		if (accessData.permission_visibility !== "all") {
			query.andWhere("user_id", access.token.getUserId(1));
		}

		return await query; // expect: scans-all [ob40h]
	},

	/**
	 * Campaigns of the signed-in user only, for the lead form's picker
	 *
	 * @param   {Access}  access
	 * @returns {Promise}
	 */
	getOwn: async (access) => {
		await access.can("campaigns:list");
		return await campaignModel
			.query()
			.where("user_id", access.token.getUserId(1))
			.andWhere("archived", false)
			.orderBy("name", "ASC"); // expect: prunes [ob40i]
	},
};

export default internalCampaign;
