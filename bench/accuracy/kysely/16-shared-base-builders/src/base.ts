import { db } from './database';

export const outputs = db.selectFrom('agent_outputs').selectAll();
