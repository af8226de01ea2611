import type { DatabaseService } from '../database/database.service';

export const leadsOfUserQuery = (db: DatabaseService, userId: number) => db.lead.query().where('user_id', userId);

export const outputsOfLeadQuery = (db: DatabaseService, leadId: number, days = 7) =>
  db.agentOutput.query().where('lead_id', leadId).modify('since', new Date(Date.now() - days * 86_400_000));
