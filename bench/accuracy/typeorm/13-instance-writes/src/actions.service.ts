import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Lead } from './entities/lead.entity';

@Injectable()
export class LeadActions {
  constructor(@InjectRepository(Lead) private readonly leads: Repository<Lead>) {}

  async markWon(id: string, createdAt: Date) {
    await this.leads.update({ id, createdAt }, { status: 'won' }); // expect: prunes [to13a]
  }

  async markLost(id: string) {
    await this.leads.update({ id }, { status: 'lost' }); // expect: scans-all [to13b]
  }

  async remove(id: string, createdAt: Date) {
    await this.leads.delete({ id, createdAt }); // expect: prunes [to13c]
  }
}
