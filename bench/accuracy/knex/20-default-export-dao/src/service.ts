import leadsDao from './dao/leads';

export async function company(name: string) {
  const rows = await leadsDao.findByCompany(name); // expect: scans-all [kx20a] cross
  return rows.length;
}

export async function recent(since: Date) {
  const rows = await leadsDao.findSince(since).limit(20); // expect: prunes [kx20b] cross
  return rows.length;
}
