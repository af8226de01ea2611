import BaseModel from './BaseModel';

export interface Campaign {
  id: number;
  user_id: number;
  name: string;
  archived: boolean;
}

export default class CampaignModel extends BaseModel<Campaign> {
  protected override get tableName(): string {
    return 'campaigns';
  }

  public async activeByUser(userId: number): Promise<Campaign[]> {
    return this.db(this.tableName).select(this.defaultFields).where({ user_id: userId, archived: false }).orderBy('name');
  }
}
