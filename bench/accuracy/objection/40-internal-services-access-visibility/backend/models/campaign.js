import { Model } from "objection";
import db from "../db.js";

Model.knex(db);

class Campaign extends Model {
	static get name() {
		return "Campaign";
	}

	static get tableName() {
		return "campaigns";
	}
}

export default Campaign;
