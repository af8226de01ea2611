import { and, eq, gte, inArray } from 'drizzle-orm';
import { db } from './db';
import { agentOutputs, leads } from './db/schema';

export class LeadsService {
  async withOutputs(userId: number) {
    return db.query.leads.findMany({
      where: (l, { eq }) => eq(l.userId, userId),
      with: { outputs: true },
    }); // expect: scans-all [dz22a]
  }

  async recentWithRecentOutputs(userId: number, since: Date) {
    return db.query.leads.findMany({
      where: (l, { and, eq, gte }) => and(eq(l.userId, userId), gte(l.createdAt, since)),
      with: { outputs: { where: (o, { gte }) => gte(o.createdAt, since) } },
    }); // expect: prunes [dz22b]
  }

  async one(id: number, createdAt: Date) {
    return db.query.leads.findFirst({ where: and(eq(leads.id, id), eq(leads.createdAt, createdAt)) }); // expect: prunes [dz22c]
  }

  async archive(ids: number[]) {
    await db.transaction(async (tx) => {
      await tx.update(leads).set({ status: 'archived' }).where(inArray(leads.id, ids)); // expect: scans-all [dz22d]
      await tx.delete(agentOutputs).where(and(inArray(agentOutputs.leadId, ids), gte(agentOutputs.createdAt, new Date(Date.now() - 86_400_000)))); // expect: prunes [dz22e]
    });
  }
}
