import { Database } from './index'

// Builders shared by the feed handlers; each caller refines and executes them.
export const leadsByIds = (db: Database, ids: number[]) =>
  db.selectFrom('leads').selectAll().where('id', 'in', ids)

export const outputsForLead = (db: Database, lead: { id: number; created_at: Date }) =>
  db
    .selectFrom('agent_outputs')
    .selectAll()
    .where('lead_id', '=', lead.id)
    .where('created_at', '>=', lead.created_at)

export const outputsByKind = (db: Database, kind: string) =>
  db.selectFrom('agent_outputs').selectAll().where('kind', '=', kind)
