import { Injectable } from '@nestjs/common';
import { InjectRepository, Repository } from '../../common/objection/objection.repository';
import { Lead } from '../../entities/lead.entity';
import { startOfSeason } from './season.util';

@Injectable()
export class AnalyticsService {
  constructor(
    @InjectRepository(Lead)
    private readonly leadRepo: Repository<Lead>,
  ) {}

  async seasonSummary(userId: number) {
    const total = await Lead.query().where('user_id', userId).where('created_at', '>=', startOfSeason()).count('* as total').first(); // expect: prunes [ob46m]
    return total;
  }

  async statusBreakdown(userId: number) {
    const rows = await this.leadRepo.findAll().byUser(userId).select('status').count('* as count').groupBy('status'); // expect: scans-all [ob46n] cross
    return rows;
  }
}
