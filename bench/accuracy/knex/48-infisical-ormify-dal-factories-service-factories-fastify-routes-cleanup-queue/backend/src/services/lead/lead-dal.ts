import type { Knex } from 'knex';
import type { TDbClient } from '../../db/instance';
import { TableName, type TLeads } from '../../db/schemas/models';
import { DatabaseError, ormify, selectAllTableCols } from '../../lib/knex';

export type TLeadDALFactory = ReturnType<typeof leadDALFactory>;

export const leadDALFactory = (db: TDbClient) => {
  const leadOrm = ormify<TLeads>(db, TableName.Lead);

  const findByUserInRange = async (userId: string, startDate: Date, endDate: Date, tx?: Knex) => {
    try {
      const docs = await (tx || db.replicaNode())(TableName.Lead)
        .where(`${TableName.Lead}.user_id`, userId)
        .whereBetween(`${TableName.Lead}.created_at`, [startDate, endDate])
        .select(selectAllTableCols(TableName.Lead))
        .orderBy(`${TableName.Lead}.created_at`, 'desc'); // expect: prunes [kx48b]
      return docs as TLeads[];
    } catch (error) {
      throw new DatabaseError({ error, name: 'Find by user in range' });
    }
  };

  return { ...leadOrm, findByUserInRange };
};
