import { db } from '../db';
import createGuts from '../helpers/model-guts';

export default createGuts({ knex: db, name: 'Campaign', tableName: 'campaigns', selectableProps: ['id', 'user_id', 'name'] });
