import getKysely from '../postgres/getKysely';

export const getLeadCountSince = async (userId: number, since: Date) => {
  const res = await getKysely()
    .selectFrom('leads')
    .select(({ fn }) => fn.count<number>('id').as('count'))
    .where('user_id', '=', userId)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(res.count);
};
