import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThanOrEqual, Repository } from 'typeorm';
import { Lead } from './entities/lead.entity';

@Injectable()
export class LeadsService {
  constructor(@InjectRepository(Lead) private readonly leads: Repository<Lead>) {}

  company(company: string) {
    return this.leads.find({ where: { company }, take: 50 }); // expect: scans-all [to01a]
  }

  companySince(company: string, since: Date) {
    return this.leads.find({ where: { company, createdAt: MoreThanOrEqual(since) } }); // expect: prunes [to01b]
  }

  one(id: string) {
    return this.leads.findOneBy({ id }); // expect: scans-all [to01c]
  }

  oneByKey(id: string, createdAt: Date) {
    return this.leads.findOne({ where: { id, createdAt } }); // expect: prunes [to01d]
  }
}
