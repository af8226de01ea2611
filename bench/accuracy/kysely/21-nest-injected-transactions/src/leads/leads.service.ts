import { Injectable } from '@nestjs/common';
import { LeadsRepository } from './leads.repository';

@Injectable()
export class LeadsService {
  constructor(private readonly leads: LeadsRepository) {}

  async outputs(leadId: number) {
    return this.leads.outputsOf(leadId).orderBy('id', 'desc').execute(); // expect: scans-all [ky21e] cross
  }

  async outputsSince(leadId: number, since: Date) {
    return this.leads.outputsOf(leadId).where('created_at', '>=', since).execute(); // expect: prunes [ky21f] cross
  }
}
