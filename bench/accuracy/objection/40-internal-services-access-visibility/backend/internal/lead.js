import errs from "../lib/error.js";
import utils from "../lib/utils.js";
import leadModel from "../models/lead.js";

const omissions = () => ["status_reason"];

const internalLead = {
	/**
	 * @param  {Access}   access
	 * @param  {Object}   data
	 * @param  {Integer}  data.id
	 * @param  {Array}    [data.expand]
	 * @return {Promise}
	 */
	get: async (access, data) => {
		const thisData = data || {};
		const accessData = await access.can("leads:get", thisData.id);

		const query = leadModel
			.query()
			.where("leads.status", "!=", "deleted")
			.andWhere("leads.id", thisData.id)
			.allowGraph("[campaign,outputs]")
			.first();

		if (accessData.permission_visibility !== "all") {
			query.andWhere("leads.user_id", access.token.getUserId(1));
		}

		if (typeof thisData.expand !== "undefined" && thisData.expand !== null) {
			query.withGraphFetched(`[${thisData.expand.join(", ")}]`);
		}

		const row = await query.then(utils.omitRow(omissions())); // expect: scans-all [ob40a]
		if (!row || !row.id) {
			throw new errs.ItemNotFoundError(thisData.id);
		}
		return row;
	},

	/**
	 * @param  {Access}  access
	 * @param  {Object}  data
	 * @param  {Integer} data.id
	 * @param  {String}  [data.status]
	 * @return {Promise}
	 */
	update: async (access, data) => {
		await access.can("leads:update", data.id);
		const row = await internalLead.get(access, { id: data.id });
		if (row.id !== data.id) {
			throw new errs.InternalValidationError(`Lead could not be updated, IDs do not match: ${row.id} !== ${data.id}`);
		}

		await leadModel
			.query()
			.where({ id: row.id, created_at: row.created_at })
			.patch({ status: data.status }); // expect: prunes [ob40d]

		return internalLead.get(access, { id: data.id, expand: ["campaign"] });
	},

	/**
	 * @param  {Access}  access
	 * @param  {Object}  data
	 * @param  {Integer} data.id
	 * @return {Promise}
	 */
	delete: async (access, data) => {
		await access.can("leads:delete", data.id);
		const row = await internalLead.get(access, { id: data.id });

		await leadModel
			.query()
			.where("id", row.id)
			.patch({ status: "deleted" }); // expect: scans-all [ob40e]
		return true;
	},

	/**
	 * Leads created in one month, the dashboard's default view
	 *
	 * @param  {Access}  access
	 * @param  {Date}    from
	 * @param  {Date}    to
	 * @param  {String}  [searchQuery]
	 * @return {Promise}
	 */
	getAllBetween: async (access, from, to, searchQuery) => {
		const accessData = await access.can("leads:list");

		const query = leadModel
			.query()
			.where("leads.status", "!=", "deleted")
			.andWhere("leads.created_at", ">=", from)
			.andWhere("leads.created_at", "<", to)
			.orderBy("leads.created_at", "DESC");

		if (accessData.permission_visibility !== "all") {
			query.andWhere("leads.user_id", access.token.getUserId(1));
		}

		if (typeof searchQuery === "string" && searchQuery.length > 0) {
			query.where(function () {
				this.where("leads.company", "like", `%${searchQuery}%`).orWhere("leads.email", "like", `%${searchQuery}%`);
			});
		}

		return await query.then(utils.omitRows(omissions())); // expect: prunes [ob40b]
	},

	/**
	 * Count is used in reports
	 *
	 * @param   {Integer} userId
	 * @param   {String}  visibility
	 * @returns {Promise}
	 */
	getCount: async (userId, visibility) => {
		const query = leadModel.query().count("id as count").where("status", "!=", "deleted");

		if (visibility !== "all") {
			query.andWhere("user_id", userId);
		}

		const row = await query.first(); // expect: scans-all [ob40c]
		return Number.parseInt(row.count, 10);
	},
};

export default internalLead;
