import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Lead } from './entities/lead.entity';

export interface LeadFilterDto {
  status?: string;
  company?: string;
  from?: Date;
}

@Injectable()
export class LeadsQueryService {
  constructor(@InjectRepository(Lead) private readonly repo: Repository<Lead>) {}

  findAll(dto: LeadFilterDto) {
    const qb = this.repo.createQueryBuilder('lead');
    if (dto.status) qb.andWhere('lead.status = :status', { status: dto.status });
    if (dto.company) qb.andWhere('lead.company = :company', { company: dto.company });
    if (dto.from) qb.andWhere('lead.createdAt >= :from', { from: dto.from });
    return qb.orderBy('lead.createdAt', 'DESC').getMany(); // expect: scans-all [to02a]
  }

  findWindow(from: Date, to: Date, status?: string) {
    const qb = this.repo.createQueryBuilder('lead').where('lead.createdAt >= :from AND lead.createdAt < :to', { from, to });
    if (status) qb.andWhere('lead.status = :status', { status });
    return qb.getMany(); // expect: prunes [to02b]
  }

  countCompany(company: string) {
    return this.repo.createQueryBuilder('lead').where('lead.company = :company', { company }).getCount(); // expect: scans-all [to02c]
  }
}
