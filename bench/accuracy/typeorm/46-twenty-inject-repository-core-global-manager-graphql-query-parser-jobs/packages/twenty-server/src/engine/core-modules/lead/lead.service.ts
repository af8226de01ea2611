import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { TypeOrmQueryService } from '@ptc-org/nestjs-query-typeorm';
import { subDays } from 'date-fns';
import { MoreThanOrEqual, Repository } from 'typeorm';
import { Lead } from './lead.entity';

@Injectable()
export class LeadService extends TypeOrmQueryService<Lead> {
  constructor(
    @InjectRepository(Lead, 'core')
    private readonly leadRepository: Repository<Lead>,
  ) {
    super(leadRepository);
  }

  async findById(id: string) {
    return this.leadRepository.findOneBy({ id }); // expect: scans-all [to46a]
  }

  async findRecentForUser(userId: string, since = subDays(new Date(), 30)) {
    return this.leadRepository.find({
      where: { userId, createdAt: MoreThanOrEqual(since) },
      order: { createdAt: 'DESC' },
    }); // expect: prunes [to46b]
  }

  async updateStatus(id: string, createdAt: Date, status: string) {
    await this.leadRepository.update({ id, createdAt }, { status }); // expect: prunes [to46c]
  }

  async deleteLead(id: string) {
    await this.leadRepository.delete(id); // expect: scans-all [to46d]
  }
}
