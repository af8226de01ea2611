import { Injectable } from '@nestjs/common';
import { LeadRepository } from '../repositories/lead.repository';

@Injectable()
export class LeadService {
  constructor(private leadRepository: LeadRepository) {}

  async *exportAll(userId: number) {
    for await (const lead of this.leadRepository.exportUserId(userId)) { // expect: scans-all [ky34a] cross
      yield `${lead.id},${lead.email},${lead.campaignName}\n`;
    }
  }

  search(userId: number, query: { status?: string; after?: string; before?: string; size?: number }) {
    return this.leadRepository.search(
      {
        userIds: [userId],
        status: query.status,
        createdAfter: query.after ? new Date(query.after) : undefined,
        createdBefore: query.before ? new Date(query.before) : undefined,
      },
      query.size ?? 250,
    );
  }

  onThisDay(userId: number, years: number[]) {
    const today = new Date();
    return this.leadRepository.getByDays(
      userId,
      years.map((y) => new Date(Date.UTC(y, today.getUTCMonth(), today.getUTCDate()))),
    );
  }
}
