import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Lead } from './entities/lead.entity';
import { RecentLeadsQuery, WonLeadsQuery } from './queries/lead-queries';

@Injectable()
export class LeadsService {
  constructor(@InjectRepository(Lead) private readonly leads: Repository<Lead>) {}

  recent(since: Date) {
    return this.leads.find(new RecentLeadsQuery(since).toFindOptions()); // expect: prunes [to10a] cross
  }

  won() {
    return this.leads.find(new WonLeadsQuery().toFindOptions()); // expect: scans-all [to10b] cross
  }
}
