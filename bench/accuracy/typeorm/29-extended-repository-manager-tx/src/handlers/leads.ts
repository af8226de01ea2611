import type { Request, Response } from 'express';
import { AppDataSource } from '../data-source';
import { AgentOutput } from '../entities/agent-output.entity';
import { Lead } from '../entities/lead.entity';
import { LeadRepository } from '../repositories/lead.repository';

export async function byCompany(req: Request, res: Response) {
  res.json(await LeadRepository.findByCompany(String(req.query.company))); // expect: scans-all [to29a] cross
}

export async function wonInRange(req: Request, res: Response) {
  const leads = await LeadRepository.createdBetween(new Date(String(req.query.from)), new Date(String(req.query.to)))
    .andWhere('lead.status = :status', { status: 'won' })
    .getMany(); // expect: prunes [to29b] cross
  res.json(leads);
}

export async function resetLead(req: Request, res: Response) {
  const leadId = String(req.params.id);
  const createdAt = new Date(String(req.body.createdAt));
  await AppDataSource.manager.transaction(async (em) => {
    await em.getRepository(AgentOutput).delete({ leadId }); // expect: scans-all [to29c]
    await em
      .createQueryBuilder()
      .update(Lead)
      .set({ status: 'new' })
      .where('id = :id AND created_at = :createdAt', { id: leadId, createdAt })
      .execute(); // expect: prunes [to29d]
  });
  res.sendStatus(204);
}

export async function countOfCompany(req: Request, res: Response) {
  res.json({ n: await LeadRepository.countBy({ company: String(req.query.company) }) }); // expect: scans-all [to29e]
}
