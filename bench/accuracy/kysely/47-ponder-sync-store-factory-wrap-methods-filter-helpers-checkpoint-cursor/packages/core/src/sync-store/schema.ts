import type { Generated } from 'kysely';

export type SyncSchema = {
  leads: { id: Generated<string>; user_id: string; campaign_id: string | null; company: string; email: string; status: string; created_at: Date };
  agent_outputs: { id: Generated<string>; lead_id: string; kind: string; body: string | null; created_at: Date };
  campaigns: { id: Generated<string>; user_id: string; name: string; archived: boolean };
};
