import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { paginateQuery } from './common/paginate';
import { Lead } from './entities/lead.entity';

@Injectable()
export class LeadsPageService {
  constructor(@InjectRepository(Lead) private readonly leads: Repository<Lead>) {}

  companyPage(company: string, page: number) {
    return this.leads.find({ where: { company }, order: { createdAt: 'DESC' }, skip: page * 10, take: 10 }); // expect: scans-all [to18a]
  }

  recentWithOutputs(since: Date) {
    return this.leads.createQueryBuilder('l').leftJoinAndSelect('l.outputs', 'o').where('l.createdAt >= :since', { since }).andWhere('o.createdAt >= :since', { since }).getMany(); // expect: prunes [to18b]
  }

  statusPage(status: string, page: number) {
    return paginateQuery(this.leads.createQueryBuilder('l').where('l.status = :status', { status }), page); // expect: scans-all [to18c] cross
  }
}
