import { Op, QueryTypes, col, fn, literal, where } from 'sequelize';
import { sequelize } from '../models';
import { Lead } from '../models/lead';

export const statsRepository = {
  dailyCounts(userId: number, since: Date) {
    return sequelize.query(
      `SELECT date_trunc('day', created_at) AS day, count(*) AS n
         FROM leads
        WHERE user_id = :userId AND created_at >= :since
        GROUP BY 1`,
      { replacements: { userId, since }, type: QueryTypes.SELECT },
    ); // expect-also: [sq30a]
  },

  leadsWithOutputCount(userId: number, since: Date) {
    return Lead.findAll({
      attributes: { include: [[literal('(SELECT count(*) FROM agent_outputs o WHERE o.lead_id = "Lead"."id")'), 'outputCount']] },
      where: { userId, createdAt: { [Op.gte]: since } },
    }); // expect-also: [sq30b]
  },

  leadsOfMonth(month: string) {
    return Lead.findAll({ where: where(fn('date_trunc', 'month', col('created_at')), month) }); // expect-also: [sq30c]
  },

  countInRange(userId: number, from: Date, to: Date) {
    return Lead.count({ where: { [Op.and]: [{ userId }, { createdAt: { [Op.between]: [from, to] } }] } }); // expect-also: [sq30d]
  },
};
