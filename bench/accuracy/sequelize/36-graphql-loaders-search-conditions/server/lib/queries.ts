import { QueryTypes } from 'sequelize';
import { sequelize } from '../models';

export const getLeadStatusCounts = async (userId: number, since: Date): Promise<{ status: string; count: string }[]> => {
  return sequelize.query(
    `
    SELECT status, COUNT(*) AS count
    FROM leads
    WHERE user_id = :userId
      AND created_at >= :since
    GROUP BY status
    `,
    { replacements: { userId, since }, type: QueryTypes.SELECT },
  ); // expect: prunes [sq36c]
};
