import { MoreThanOrEqual, Raw } from 'typeorm';
import { AppDataSource } from '../data-source';
import { AgentOutput } from '../entities/agent-output.entity';
import { Lead } from '../entities/lead.entity';

const leads = AppDataSource.getRepository(Lead);

export async function leadsOfDay(day: string) {
  return leads.find({ where: { createdAt: Raw((alias) => `date_trunc('day', ${alias}) = :day`, { day }) } }); // expect: scans-all [to31a]
}

export async function recentLeadsWithEmails(since: Date) {
  return leads.find({ where: { createdAt: MoreThanOrEqual(since), outputs: { kind: 'email' } }, relations: { outputs: true } }); // expect: scans-all [to31b]
}

export async function leadsWithRecentOutputs(since: Date) {
  return leads
    .createQueryBuilder('lead')
    .innerJoin(AgentOutput, 'o', 'o.leadId = lead.id AND o.createdAt >= :since', { since })
    .where('lead.createdAt >= :since', { since })
    .getMany(); // expect: prunes [to31c]
}

export async function dailyCounts(userId: string, since: Date) {
  return AppDataSource.query(
    `SELECT date_trunc('day', created_at) AS day, count(*) AS n FROM leads WHERE user_id = $1 AND created_at >= $2 GROUP BY 1`,
    [userId, since],
  ); // expect: prunes [to31d]
}

export async function leadsWithKind(kind: string, since: Date) {
  return leads // expect-also: [to31e]
    .createQueryBuilder('lead')
    .where('lead.createdAt >= :since', { since })
    .andWhere((qb) => {
      const sub = qb.subQuery().select('o.leadId').from(AgentOutput, 'o').where('o.kind = :kind', { kind }).getQuery();
      return `lead.id IN ${sub}`;
    })
    .getMany(); // expect: scans-all [to31e]
}
