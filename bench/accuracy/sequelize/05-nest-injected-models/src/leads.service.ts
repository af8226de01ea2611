import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/sequelize';
import { Op } from 'sequelize';
import { Campaign } from './models/campaign';
import { Lead } from './models/lead';

@Injectable()
export class LeadsService {
  constructor(
    @InjectModel(Lead) private readonly leadModel: typeof Lead,
    @InjectModel(Campaign) private readonly campaignModel: typeof Campaign,
  ) {}

  async forUser(userId: number) {
    return this.leadModel.findAll({ where: { userId } }); // expect: scans-all [sq05a]
  }

  async forUserSince(userId: number, since: Date) {
    return this.leadModel.findAll({ where: { userId, createdAt: { [Op.gte]: since } } }); // expect: prunes [sq05b]
  }

  async campaignsOf(userId: number) {
    return this.campaignModel.findAll({ where: { userId, archived: false } }); // expect: prunes [sq05c]
  }
}
