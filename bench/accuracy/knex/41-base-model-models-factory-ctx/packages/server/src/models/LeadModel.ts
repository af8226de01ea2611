import BaseModel from './BaseModel';

export interface Lead {
  id: number;
  user_id: number;
  company: string;
  email: string;
  status: string;
  created_at: Date;
}

export default class LeadModel extends BaseModel<Lead> {
  protected override get tableName(): string {
    return 'leads';
  }

  public async loadByEmail(email: string): Promise<Lead | undefined> {
    return this.db(this.tableName).select(this.defaultFields).where({ email }).first(); // expect-also: [kx41c]
  }

  public async userLeadsSince(userId: number, since: Date): Promise<Lead[]> {
    return this.db(this.tableName).select(this.defaultFields).where('user_id', '=', userId).where('created_at', '>=', since).orderBy('created_at', 'desc');
  }

  public async setStatus(id: number, createdAt: Date, status: string): Promise<void> {
    await this.db(this.tableName).update({ status }).where({ id, created_at: createdAt });
  }
}
