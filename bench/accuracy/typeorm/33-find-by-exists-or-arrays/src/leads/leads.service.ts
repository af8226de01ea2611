import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThan, Repository } from 'typeorm';
import { AgentOutput } from '../entities/agent-output.entity';
import { Lead } from '../entities/lead.entity';

@Injectable()
export class LeadsService {
  constructor(
    @InjectRepository(Lead) private readonly leadsRepo: Repository<Lead>,
    @InjectRepository(AgentOutput) private readonly outputsRepo: Repository<AgentOutput>,
  ) {}

  byIds(ids: string[]) {
    return this.leadsRepo.findBy({ id: In(ids) }); // expect-also: [to33a]
  }

  emailSeenSince(email: string, since: Date) {
    return this.leadsRepo.exists({ where: { email, createdAt: MoreThan(since) } });
  }

  summaryOf(leadId: string) {
    return this.outputsRepo.findOneBy({ leadId, kind: 'summary' }); // expect-also: [to33c]
  }

  openSince(since: Date) {
    return this.leadsRepo.find({ where: [{ createdAt: MoreThan(since), status: 'new' }, { createdAt: MoreThan(since), status: 'open' }] });
  }
}
