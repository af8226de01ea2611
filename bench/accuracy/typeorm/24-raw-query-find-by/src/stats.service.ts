import { LessThan, MoreThan } from 'typeorm';
import { AppDataSource } from './data-source';
import { AgentOutput } from './entities/agent-output.entity';
import { Campaign } from './entities/campaign.entity';
import { Lead } from './entities/lead.entity';

export class StatsService {
  private readonly leads = AppDataSource.getRepository(Lead);
  private readonly outputs = AppDataSource.getRepository(AgentOutput);

  async daily(userId: string) {
    return AppDataSource.query('SELECT date_trunc($2, created_at) AS day, count(*) FROM leads WHERE user_id = $1 GROUP BY 1', [userId, 'day']); // expect: scans-all [to24a]
  }

  async month(userId: string, from: Date, to: Date) {
    return AppDataSource.manager.query('SELECT status, count(*) FROM leads WHERE user_id = $1 AND created_at >= $2 AND created_at < $3 GROUP BY status', [userId, from, to]); // expect: prunes [to24b]
  }

  async hasRecentOutputs(leadId: string) {
    return this.outputs.exists({ where: { leadId, createdAt: MoreThan(new Date(Date.now() - 86_400_000)) } }); // expect: prunes [to24c]
  }

  async oldDrafts() {
    return this.outputs.findBy({ kind: 'draft', createdAt: LessThan(new Date(Date.now() - 400 * 86_400_000)) }); // expect: prunes [to24d]
  }

  async queueNew(userId: string) {
    await this.leads.update({ userId, status: 'new' }, { status: 'queued' }); // expect: scans-all [to24e]
  }

  async campaignsOf(userId: string) {
    return AppDataSource.getRepository(Campaign).findBy({ userId }); // expect: prunes [to24f]
  }

  async countOfCompany(company: string) {
    return this.leads.countBy({ company }); // expect: scans-all [to24g]
  }
}
