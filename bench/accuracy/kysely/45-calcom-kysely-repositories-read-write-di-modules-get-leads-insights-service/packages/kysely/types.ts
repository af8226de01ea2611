import type { ColumnType, Generated } from 'kysely';

export interface DB {
  leads: { id: Generated<number>; user_id: number; campaign_id: number | null; company: string; email: string; status: string; created_at: ColumnType<Date> };
  agent_outputs: { id: Generated<number>; lead_id: number; kind: string; body: string | null; created_at: ColumnType<Date> };
  campaigns: { id: Generated<number>; user_id: number; name: string; archived: boolean };
}
