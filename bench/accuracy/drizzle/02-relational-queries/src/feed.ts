import { db } from './db';

export async function feed(since: Date) {
  return db.query.leads.findMany({ where: (l, { gte }) => gte(l.createdAt, since), with: { outputs: true } }); // expect: scans-all [dz02a]
}

export async function feedKeyed(since: Date) {
  return db.query.leads.findMany({
    where: (l, { gte }) => gte(l.createdAt, since),
    with: { outputs: { where: (o, { gte }) => gte(o.createdAt, since) } },
  }); // expect: prunes [dz02b]
}

export async function firstOfCompany(company: string) {
  return db.query.leads.findFirst({ where: (l, { eq }) => eq(l.company, company) }); // expect: scans-all [dz02c]
}
