import { Controller, Get, Param } from '@nestjs/common';
import { CampaignService } from './campaign.service';

@Controller('/campaigns')
export class CampaignController {
	constructor(private readonly campaignService: CampaignService) {}

	@Get('/')
	async findAll() {
		return await this.campaignService.findAll({ where: { archived: false }, order: { name: 'ASC' } }); // expect: scans-all [to42d] cross
	}

	@Get('/user/:userId/active')
	async findActive(@Param('userId') userId: string) {
		return await this.campaignService.findActiveByUser(userId);
	}
}
