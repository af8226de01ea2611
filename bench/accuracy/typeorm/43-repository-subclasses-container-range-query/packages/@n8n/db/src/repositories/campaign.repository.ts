import { Service } from '@n8n/di';
import { DataSource, Repository } from '@n8n/typeorm';
import { Campaign } from '../entities/campaign';

@Service()
export class CampaignRepository extends Repository<Campaign> {
	constructor(dataSource: DataSource) {
		super(Campaign, dataSource.manager);
	}

	async findActiveForUser(userId: string) {
		return await this.find({ where: { userId, archived: false }, order: { name: 'ASC' } }); // expect: prunes [to43i]
	}
}
