import { subDays } from 'date-fns';
import { lt } from 'drizzle-orm';
import { createDb } from '../db';
import { agentOutputs } from '../db/schema';

export default {
  async scheduled() {
    const { db, conn } = createDb(process.env.DATABASE_URL!);
    await db.delete(agentOutputs).where(lt(agentOutputs.createdAt, subDays(new Date(), 30))); // expect: prunes [dz47m]
    await conn.end();
  },
};
