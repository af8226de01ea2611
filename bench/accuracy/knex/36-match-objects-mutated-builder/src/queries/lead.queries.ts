import knex from '../knex';

const selectable = ['leads.id', 'leads.email', 'leads.company', 'leads.status', 'leads.created_at', 'campaigns.name as campaign'];

type Match = Record<string, unknown>;

/** Callers pass bare column names; joined queries need them qualified. */
function normalizeMatch(match: Match): Match {
  const newMatch: Match = { ...match };

  if (newMatch.id) {
    newMatch['leads.id'] = newMatch.id;
    delete newMatch.id;
  }
  if (newMatch.user_id) {
    newMatch['leads.user_id'] = newMatch.user_id;
    delete newMatch.user_id;
  }
  if (newMatch.created_at) {
    newMatch['leads.created_at'] = newMatch.created_at;
    delete newMatch.created_at;
  }
  return newMatch;
}

export async function total(match: Match, params?: { search?: string }) {
  const query = knex('leads');

  // A value may be an [operator, operand] pair, e.g. { created_at: ['>=', since] }.
  Object.entries(normalizeMatch(match)).forEach(([key, value]) => {
    query.andWhere(key, ...((Array.isArray(value) ? value : [value]) as [string, unknown]));
  });

  if (params?.search) {
    query.andWhereILike('leads.email', `%${params.search}%`);
  }
  query.count('* as count');

  const [{ count }] = await query; // expect-also: [kx36b]
  return typeof count === 'number' ? count : parseInt(String(count), 10);
}

export async function get(match: Match, params: { skip: number; limit: number; search?: string }) {
  const query = knex('leads')
    .select(...selectable)
    .where(normalizeMatch(match))
    .offset(params.skip)
    .limit(params.limit)
    .orderBy('leads.id', 'desc');

  if (params.search) {
    query.andWhereILike('leads.email', `%${params.search}%`);
  }
  query.leftJoin('campaigns', 'leads.campaign_id', 'campaigns.id');

  return query; // expect-also: [kx36a]
}

export async function find(match: Match) {
  return knex('leads').where(normalizeMatch(match)).first(); // expect-also: [kx36d]
}

export async function remove(match: Match) {
  return knex('leads').where(normalizeMatch(match)).delete();
}
