import { Inject, Injectable } from '@nestjs/common';
import { and, eq, gte } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import * as schema from './db/schema';

export const DRIZZLE = Symbol('drizzle');

@Injectable()
export class LeadsRepository {
  constructor(@Inject(DRIZZLE) private readonly db: NodePgDatabase<typeof schema>) {}

  async ofUser(userId: number) {
    return this.db.select().from(schema.leads).where(eq(schema.leads.userId, userId)); // expect: scans-all [dz10a]
  }

  async ofUserSince(userId: number, since: Date) {
    return this.db.select().from(schema.leads).where(and(eq(schema.leads.userId, userId), gte(schema.leads.createdAt, since))); // expect: prunes [dz10b]
  }

  async campaignsOf(userId: number) {
    return this.db.query.campaigns.findMany({ where: (c, { eq: e }) => e(c.userId, userId) }); // expect: prunes [dz10c]
  }
}
