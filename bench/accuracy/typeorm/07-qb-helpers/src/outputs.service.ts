import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { createdSince, paginate } from './common/query';
import { AgentOutput } from './entities/agent-output.entity';

@Injectable()
export class OutputsService {
  constructor(@InjectRepository(AgentOutput) private readonly repo: Repository<AgentOutput>) {}

  recentOfKind(kind: string, since: Date, page: number) {
    const qb = this.repo.createQueryBuilder('o').where('o.kind = :kind', { kind });
    return paginate(createdSince(qb, 'o', since), page).getMany(); // expect: prunes [to07a] cross
  }

  ofKind(kind: string, page: number) {
    return paginate(this.repo.createQueryBuilder('o').where('o.kind = :kind', { kind }), page).getMany(); // expect: scans-all [to07b] cross
  }
}
