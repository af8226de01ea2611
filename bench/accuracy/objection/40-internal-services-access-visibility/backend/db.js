import knex from "knex";
import { getConfig } from "./lib/config.js";

export default knex({ client: "pg", connection: getConfig().connection });
