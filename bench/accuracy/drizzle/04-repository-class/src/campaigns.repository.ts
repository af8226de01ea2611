import { and, eq } from 'drizzle-orm';
import { db } from './db';
import { campaigns } from './db/schema';

export class CampaignsRepository {
  private readonly db = db;

  async forUser(userId: number) {
    return this.db.select().from(campaigns).where(and(eq(campaigns.userId, userId), eq(campaigns.archived, false))); // expect: prunes [dz04a]
  }

  async byName(name: string) {
    return this.db.select().from(campaigns).where(eq(campaigns.name, name)); // expect: scans-all [dz04b]
  }

  async archive(userId: number, id: number) {
    await this.db.update(campaigns).set({ archived: true }).where(and(eq(campaigns.userId, userId), eq(campaigns.id, id))); // expect: prunes [dz04c]
  }
}
