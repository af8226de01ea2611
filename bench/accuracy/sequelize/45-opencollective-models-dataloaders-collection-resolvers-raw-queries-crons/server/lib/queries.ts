import { QueryTypes, sequelize } from '../models';

export const getLeadCountsByCampaign = (userId: number, since: Date) =>
  sequelize.query(
    `SELECT campaign_id AS "campaignId", COUNT(*) AS "count"
     FROM leads
     WHERE user_id = :userId AND created_at >= :since
     GROUP BY campaign_id`,
    { replacements: { userId, since }, type: QueryTypes.SELECT },
  ); // expect: prunes [sq45h]

export const getTopCompanies = (limit = 10) =>
  sequelize.query(
    `SELECT company, COUNT(*) AS "count" FROM leads GROUP BY company ORDER BY "count" DESC LIMIT :limit`,
    { replacements: { limit }, type: QueryTypes.SELECT },
  ); // expect: scans-all [sq45i]
