import type { Prisma } from '@prisma/client';
import { CrudService } from './crud.service';
import { prisma } from './lib/prisma';

const leads = new CrudService<Prisma.LeadWhereInput>(prisma.lead);

export async function byCompany(company: string) {
  return leads.findAll({ company }); // expect: scans-all [pr17a] cross
}

export async function recent(since: Date) {
  return leads.findAll({ createdAt: { gte: since } }); // expect: prunes [pr17b] cross
}
