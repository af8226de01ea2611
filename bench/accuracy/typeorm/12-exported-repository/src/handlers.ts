import { Between } from 'typeorm';
import { leadRepository, outputRepository } from './repositories';

export async function byCompany(company: string) {
  return leadRepository.findBy({ company }); // expect: scans-all [to12a] cross
}

export async function inWindow(from: Date, to: Date) {
  return leadRepository.find({ where: { createdAt: Between(from, to) } }); // expect: prunes [to12b] cross
}

export async function outputsOf(leadId: string) {
  return outputRepository.createQueryBuilder('o').where('o.leadId = :leadId', { leadId }).getMany(); // expect: scans-all [to12c] cross
}
