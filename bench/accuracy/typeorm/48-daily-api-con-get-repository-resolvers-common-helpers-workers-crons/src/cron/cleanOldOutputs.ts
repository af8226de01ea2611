import type { DataSource } from 'typeorm';
import { AgentOutput } from '../entity';

interface Cron {
  name: string;
  handler: (con: DataSource) => Promise<void>;
}

const cron: Cron = {
  name: 'clean-old-outputs',
  handler: async (con) => {
    const before = new Date(Date.now() - 180 * 24 * 60 * 60 * 1000);
    await con.createQueryBuilder().delete().from(AgentOutput).where('created_at < :before', { before }).execute(); // expect: prunes [to48o]
  },
};

export default cron;
