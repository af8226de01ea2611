import type { Knex } from 'knex';
import type { TDbClient } from '../../db/instance';
import { TableName, type TCampaigns } from '../../db/schemas/models';
import { DatabaseError, ormify, selectAllTableCols } from '../../lib/knex';

export type TCampaignDALFactory = ReturnType<typeof campaignDALFactory>;

export const campaignDALFactory = (db: TDbClient) => {
  const campaignOrm = ormify<TCampaigns>(db, TableName.Campaign);

  const findWithLeadCounts = async (userId: string, tx?: Knex) => {
    try {
      const docs = await (tx || db.replicaNode())(TableName.Campaign)
        .where(`${TableName.Campaign}.user_id`, userId)
        .leftJoin(TableName.Lead, `${TableName.Lead}.campaign_id`, `${TableName.Campaign}.id`)
        .select(selectAllTableCols(TableName.Campaign))
        .count(`${TableName.Lead}.id as leadCount`)
        .groupBy(`${TableName.Campaign}.id`, `${TableName.Campaign}.user_id`); // expect: scans-all [kx48n]
      return docs;
    } catch (error) {
      throw new DatabaseError({ error, name: 'Find with lead counts' });
    }
  };

  return { ...campaignOrm, findWithLeadCounts };
};
