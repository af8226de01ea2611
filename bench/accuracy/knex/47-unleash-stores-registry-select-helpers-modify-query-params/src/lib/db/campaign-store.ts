import type { Db } from './index';

const TABLE = 'campaigns';

export class CampaignStore {
  private db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  private forUser(userId: number) {
    return this.db(TABLE).where({ user_id: userId });
  }

  async getAllForUser(userId: number) {
    return this.forUser(userId).andWhere({ archived: false }).orderBy('name'); // expect: prunes [kx47j] cross
  }

  async exists(id: number): Promise<boolean> {
    const result = await this.db.raw(`SELECT EXISTS (SELECT 1 FROM ${TABLE} WHERE id = ?) AS present`, [id]); // expect: scans-all [kx47k]
    const { present } = result.rows[0];
    return present;
  }

  async archive(id: number): Promise<void> {
    await this.db(TABLE).where({ id }).update({ archived: true }); // expect: scans-all [kx47l]
  }
}
