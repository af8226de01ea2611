import { db } from '../db';
import createGuts from '../helpers/model-guts';

export default createGuts({ knex: db, name: 'AgentOutput', tableName: 'agent_outputs' });
