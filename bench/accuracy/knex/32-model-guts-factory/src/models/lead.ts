import { db } from '../db';
import createGuts from '../helpers/model-guts';

const guts = createGuts({ knex: db, name: 'Lead', tableName: 'leads', selectableProps: ['id', 'user_id', 'company', 'email', 'status', 'created_at'] });

export default { ...guts };
