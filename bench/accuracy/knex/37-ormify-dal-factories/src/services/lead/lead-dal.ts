import type { Knex } from 'knex';
import type { TDbClient } from '../../db';
import { TableName, type TLeads } from '../../db/schemas';
import { DatabaseError, ormify, selectAllTableCols } from '../../lib/knex';

export type TLeadDALFactory = ReturnType<typeof leadDALFactory>;

export const leadDALFactory = (db: TDbClient) => {
  const leadOrm = ormify<TLeads>(db, TableName.Lead);

  const findRecentByUser = async (userId: number, since: Date, tx?: Knex) => {
    try {
      const docs = await (tx || db.replicaNode())(TableName.Lead)
        .where(`${TableName.Lead}.user_id`, userId)
        .andWhere(`${TableName.Lead}.created_at`, '>=', since)
        .select(selectAllTableCols(TableName.Lead))
        .orderBy(`${TableName.Lead}.created_at`, 'desc'); // expect: prunes [kx37d]
      return docs as TLeads[];
    } catch (error) {
      throw new DatabaseError({ error, name: 'Find recent by user' });
    }
  };

  const countByCampaign = async (userId: number, tx?: Knex) => {
    try {
      const rows = await (tx || db.replicaNode())(TableName.Lead)
        .join(TableName.Campaign, `${TableName.Campaign}.id`, `${TableName.Lead}.campaign_id`)
        .where(`${TableName.Lead}.user_id`, userId)
        .select(`${TableName.Campaign}.name`)
        .count(`${TableName.Lead}.id as count`)
        .groupBy(`${TableName.Campaign}.name`); // expect: scans-all [kx37e]
      return rows as { name: string; count: string }[];
    } catch (error) {
      throw new DatabaseError({ error, name: 'Count by campaign' });
    }
  };

  return { ...leadOrm, findRecentByUser, countByCampaign };
};
