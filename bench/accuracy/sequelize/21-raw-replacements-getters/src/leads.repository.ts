import { QueryTypes } from 'sequelize';
import { sequelize } from './models';
import { Lead } from './models/lead';

export class LeadsRepository {
  async companyTotals(userId: number) {
    return sequelize.query('SELECT company, count(*) AS n FROM leads WHERE user_id = :userId GROUP BY company', {
      replacements: { userId },
      type: QueryTypes.SELECT,
    }); // expect: scans-all [sq21a]
  }

  async monthTotals(userId: number, from: Date, to: Date) {
    return sequelize.query('SELECT status, count(*) AS n FROM leads WHERE user_id = $1 AND created_at >= $2 AND created_at < $3 GROUP BY status', {
      bind: [userId, from, to],
      type: QueryTypes.SELECT,
    }); // expect: prunes [sq21b]
  }

  findOne(id: number, createdAt: Date) {
    return Lead.findOne({ where: { id, createdAt } });
  }
}
