import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Lead } from './entities/lead.entity';

@Injectable()
export class LeadsRepository {
  constructor(@InjectRepository(Lead) private readonly repo: Repository<Lead>) {}

  byCompanyQuery(company: string) {
    return this.repo.createQueryBuilder('l').where('l.company = :company', { company });
  }
}
