import BaseModel from './BaseModel';

export interface AgentOutput {
  id: number;
  lead_id: number;
  kind: string;
  created_at: Date;
}

export default class AgentOutputModel extends BaseModel<AgentOutput> {
  protected override get tableName(): string {
    return 'agent_outputs';
  }

  public async byLeadId(leadId: number): Promise<AgentOutput[]> {
    return this.db(this.tableName).select(this.defaultFields).where('lead_id', '=', leadId); // expect-also: [kx41d]
  }

  public async deleteExpired(ttlDays: number): Promise<number> {
    const cutoff = new Date(Date.now() - ttlDays * 86_400_000);
    return this.db(this.tableName).where('created_at', '<', cutoff).delete();
  }
}
