import { Model } from "objection";
import db from "../db.js";
import AgentOutput from "./agent_output.js";
import Campaign from "./campaign.js";
import now from "./now_helper.js";

Model.knex(db);

class Lead extends Model {
	$beforeInsert() {
		this.created_at = now();
		if (typeof this.status === "undefined") {
			this.status = "new";
		}
	}

	static get name() {
		return "Lead";
	}

	static get tableName() {
		return "leads";
	}

	static get relationMappings() {
		return {
			campaign: {
				relation: Model.HasOneRelation,
				modelClass: Campaign,
				join: {
					from: "leads.campaign_id",
					to: "campaigns.id",
				},
				modify: (qb) => {
					qb.where("campaigns.archived", false);
				},
			},
			outputs: {
				relation: Model.HasManyRelation,
				modelClass: AgentOutput,
				join: {
					from: "leads.id",
					to: "agent_outputs.lead_id",
				},
			},
		};
	}
}

export default Lead;
