import { BaseAuthModel } from '../base';

export class Campaign extends BaseAuthModel {
  static tableName = 'campaigns';

  id!: number;
  user_id!: number;
  name!: string;
  archived!: boolean;

  static async findByUserId(userId: number) {
    return Campaign.query().where('user_id', userId).where('archived', false); // expect: prunes [ob45g]
  }
}
