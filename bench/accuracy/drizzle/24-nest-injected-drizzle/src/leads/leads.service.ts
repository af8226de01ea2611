import { Injectable } from '@nestjs/common';
import { LeadsRepository } from './leads.repository';

@Injectable()
export class LeadsService {
  constructor(private readonly repo: LeadsRepository) {}

  async recentOutputs(leadId: number) {
    const rows = await this.repo.latestOutputs(leadId); // expect: scans-all [dz24c] cross
    return rows.map((r) => r.kind);
  }
}
