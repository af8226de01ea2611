import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThanOrEqual, Repository } from 'typeorm';
import { PageQueryDto, PaginationService } from '../common/pagination.service';
import { AgentOutput } from '../entities/agent-output.entity';
import { Lead } from '../entities/lead.entity';

@Injectable()
export class LeadsService {
  constructor(
    @InjectRepository(Lead) private readonly leads: Repository<Lead>,
    @InjectRepository(AgentOutput) private readonly outputs: Repository<AgentOutput>,
    private readonly pagination: PaginationService,
  ) {}

  findAll(userId: string, dto: PageQueryDto) {
    const qb = this.leads
      .createQueryBuilder('lead')
      .leftJoinAndSelect('lead.outputs', 'output')
      .where('lead.userId = :userId', { userId })
      .orderBy('lead.createdAt', 'DESC');
    if (dto.from) qb.andWhere('lead.createdAt >= :from', { from: new Date(dto.from) });
    return this.pagination.paginate(qb, dto);
  }

  findOne(id: string, createdAt: Date) {
    return this.leads.findOne({ where: { id, createdAt }, relations: { outputs: true } }); // expect: scans-all [to28b]
  }

  recentOutputs(leadId: string, since: Date) {
    return this.outputs.find({ where: { leadId, createdAt: MoreThanOrEqual(since) }, order: { createdAt: 'DESC' } }); // expect: prunes [to28c]
  }

  setStatus(id: string, createdAt: Date, status: string) {
    return this.leads.update({ id, createdAt }, { status }); // expect: prunes [to28d]
  }
}
