import { Body, Get, Param, Patch, Post, Query, RestController } from '@n8n/decorators';
import { CampaignRepository, LeadRepository } from '@n8n/db';
import { Container } from '@n8n/di';
import type { AuthenticatedRequest } from '@/requests';
import { LeadService } from './lead.service';

@RestController('/leads')
export class LeadsController {
	constructor(
		private readonly leadService: LeadService,
		private readonly campaignRepository: CampaignRepository,
	) {}

	@Get('/')
	async getMany(req: AuthenticatedRequest, _res: unknown, @Query query: { status?: string[]; limit?: number }) {
		return await this.leadService.findRangeWithCount(req.user, query);
	}

	@Get('/:id')
	async getOne(req: AuthenticatedRequest, _res: unknown, @Param('id') id: string) {
		return await this.leadService.findOne(req.user, id);
	}

	@Patch('/:id/status')
	async updateStatus(req: AuthenticatedRequest, _res: unknown, @Param('id') id: string, @Body body: { status: string }) {
		const lead = await Container.get(LeadRepository).findOneBy({ id }); // expect: scans-all [to43k]
		if (!lead || lead.userId !== req.user.id) return null;
		await this.leadService.updateStatus(lead, body.status);
		return lead;
	}

	@Post('/delete')
	async delete(req: AuthenticatedRequest, _res: unknown, @Body body: { ids: string[] }) {
		await this.leadService.delete(req.user, body.ids);
	}

	@Get('/campaigns')
	async getCampaigns(req: AuthenticatedRequest) {
		return await this.campaignRepository.findActiveForUser(req.user.id);
	}
}
