import type { FindOptionsWhere } from 'typeorm';
import { AppDataSource } from './data-source';
import { AgentOutput } from './entities/agent-output.entity';
import { Lead } from './entities/lead.entity';
import { createdWindow } from './lead-filters';

const leads = AppDataSource.getRepository(Lead);

export async function list(userId: string, status?: string) {
  const where: FindOptionsWhere<Lead> = { userId };
  if (status) where.status = status;
  return leads.find({ where, order: { createdAt: 'DESC' }, take: 50 }); // expect: scans-all [to22a]
}

export async function newInWindow(from: Date, to: Date) {
  return leads.find({ where: { ...createdWindow(from, to), status: 'new' } }); // expect: prunes [to22b] cross
}

export async function companyPage(company: string, page: number) {
  const [rows, total] = await leads.findAndCount({ where: { company }, skip: (page - 1) * 20, take: 20 }); // expect: scans-all [to22c]
  return { rows, total };
}

export async function reset(leadId: string, createdAt: Date) {
  await AppDataSource.transaction(async (em) => {
    await em.delete(AgentOutput, { leadId }); // expect: scans-all [to22d]
    await em.update(Lead, { id: leadId, createdAt }, { status: 'new' }); // expect: prunes [to22e]
  });
}
