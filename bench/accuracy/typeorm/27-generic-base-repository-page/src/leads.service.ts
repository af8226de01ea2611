import { MoreThan } from 'typeorm';
import { leadRepository } from './repositories/lead.repository';

export async function companyPage(company: string, page: number) {
  return leadRepository.findPage({ company }, page); // expect: scans-all [to27a] cross
}

export async function recentPage(since: Date, page: number) {
  return leadRepository.findPage({ createdAt: MoreThan(since) }, page); // expect: prunes [to27b] cross
}

export async function statusCount(status: string) {
  return leadRepository.countWhere({ status }); // expect: scans-all [to27c] cross
}
