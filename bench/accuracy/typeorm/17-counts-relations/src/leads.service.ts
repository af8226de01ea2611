import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Lead } from './entities/lead.entity';

@Injectable()
export class LeadsStatsService {
  constructor(@InjectRepository(Lead) private readonly leads: Repository<Lead>) {}

  countByStatus(status: string) {
    return this.leads.count({ where: { status } }); // expect: scans-all [to17a]
  }

  between(from: Date, to: Date) {
    return this.leads.createQueryBuilder('l').where('l.createdAt BETWEEN :from AND :to', { from, to }).getMany(); // expect: prunes [to17b]
  }

  withOutputs(id: string, createdAt: Date) {
    return this.leads.findOne({ where: { id, createdAt }, relations: { outputs: true } }); // expect: scans-all [to17c]
  }
}
