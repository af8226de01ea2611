import { Controller, Get, Param, Post, Query } from '@nestjs/common';
import { InjectRepository, Repository } from '../../common/objection/objection.repository';
import { Campaign } from '../../entities/campaign.entity';
import { CampaignService } from './campaign.service';

@Controller('campaigns')
export class CampaignController {
  constructor(
    @InjectRepository(Campaign)
    private readonly campaignRepo: Repository<Campaign>,
    private readonly campaignService: CampaignService,
  ) {}

  @Get('/')
  async getAll(@Query('userId') userId?: number) {
    if (userId) {
      return this.campaignRepo.findAll().byUser(userId); // expect: prunes [ob46g] cross
    }
    return this.campaignRepo.findAll().byUser(); // expect: scans-all [ob46h] cross
  }

  @Get(':id')
  async getOne(@Param('id') id: number) {
    return this.campaignRepo.findOne(id).exec(); // expect: scans-all [ob46i] cross
  }

  @Post(':id/archive')
  async archive(@Param('id') id: number, @Query('userId') userId: number) {
    return this.campaignService.archive(userId, id);
  }
}
