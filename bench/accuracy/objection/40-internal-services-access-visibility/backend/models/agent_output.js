import { Model } from "objection";
import db from "../db.js";
import now from "./now_helper.js";

Model.knex(db);

class AgentOutput extends Model {
	$beforeInsert() {
		this.created_at = now();
	}

	static get name() {
		return "AgentOutput";
	}

	static get tableName() {
		return "agent_outputs";
	}
}

export default AgentOutput;
