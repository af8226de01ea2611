import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Campaign } from './entities/campaign.entity';

@Injectable()
export class CampaignsService {
  constructor(@InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>) {}

  live(userId: string) {
    return this.campaigns.createQueryBuilder('c').where('c.userId = :userId', { userId }).andWhere('c.archived = false').getMany(); // expect: prunes [to11a]
  }

  ofUsers(ids: string[]) {
    return this.campaigns.createQueryBuilder('c').where('c.userId IN (:...ids)', { ids }).getMany(); // expect: prunes [to11b]
  }

  newerUsers(userId: string) {
    return this.campaigns.createQueryBuilder('c').where('c.userId > :userId', { userId }).getMany(); // expect: scans-all [to11c]
  }
}
