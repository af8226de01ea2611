import { eq, lt } from 'drizzle-orm';
import { serverDB } from '../../../packages/database/src/core/db';
import { agentOutputs, leads } from '../../../packages/database/src/schemas/lead';

export class LeadMaintenanceService {
  /** Drops agent outputs past the retention window (cron). */
  async purgeExpiredOutputs(retentionDays = 60) {
    const cutoff = new Date(Date.now() - retentionDays * 86_400_000);
    await serverDB.delete(agentOutputs).where(lt(agentOutputs.createdAt, cutoff)); // expect: prunes [dz38i]
  }

  /** The webhook from the mail provider only knows the address. */
  async findLeadByEmail(email: string) {
    const [lead] = await serverDB.select().from(leads).where(eq(leads.email, email)).limit(1); // expect: scans-all [dz38j]
    return lead;
  }
}
