import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { DRIZZLE } from '../database/database.module';
import * as schema from '../database/schema';

@Injectable()
export class LeadsRepository {
  constructor(@Inject(DRIZZLE) private readonly db: NodePgDatabase<typeof schema>) {}

  findByEmail(email: string) {
    return this.db.query.leads.findFirst({ where: eq(schema.leads.email, email) }); // expect: scans-all [dz24a]
  }

  findInMonth(userId: number, from: Date, to: Date) {
    return this.db.select().from(schema.leads).where(and(eq(schema.leads.userId, userId), gte(schema.leads.createdAt, from), lt(schema.leads.createdAt, to))); // expect: prunes [dz24b]
  }

  latestOutputs(leadId: number) {
    return this.db.select().from(schema.agentOutputs).where(eq(schema.agentOutputs.leadId, leadId)).orderBy(desc(schema.agentOutputs.createdAt)).limit(10); // expect-also: [dz24c]
  }

  campaignsOf(userId: number) {
    return this.db.query.campaigns.findMany({ where: (c, { eq }) => eq(c.userId, userId) }); // expect: prunes [dz24d]
  }
}
