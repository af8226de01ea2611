import { Injectable } from '@nestjs/common';
import { LeadsRepository } from './leads.repository';

@Injectable()
export class LeadsService {
  constructor(private readonly leads: LeadsRepository) {}

  byCompany(company: string) {
    return this.leads.findMany({ company }); // expect: scans-all [pr09a] cross
  }

  byCompanySince(company: string, since: Date) {
    return this.leads.findMany({ company, createdAt: { gte: since } }); // expect: prunes [pr09b] cross
  }
}
