import { Injectable } from '@nestjs/common';
import { LeadsRepository } from './leads.repository';

@Injectable()
export class LeadsService {
  constructor(private readonly leads: LeadsRepository) {}

  recentOfCompany(company: string, since: Date) {
    return this.leads.byCompanyQuery(company).andWhere('l.createdAt >= :since', { since }).getMany(); // expect: prunes [to09a] cross
  }

  countOfCompany(company: string) {
    return this.leads.byCompanyQuery(company).getCount(); // expect: scans-all [to09b] cross
  }
}
