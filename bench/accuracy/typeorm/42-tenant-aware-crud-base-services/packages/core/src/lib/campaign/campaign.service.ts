import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { TenantAwareCrudService } from '../core/crud/tenant-aware-crud.service';
import { Campaign } from './campaign.entity';

@Injectable()
export class CampaignService extends TenantAwareCrudService<Campaign> {
	constructor(@InjectRepository(Campaign) readonly typeOrmCampaignRepository: Repository<Campaign>) {
		super(typeOrmCampaignRepository);
	}

	async findActiveByUser(userId: string): Promise<Campaign[]> {
		return await this.typeOrmRepository.find({ where: { userId, archived: false }, order: { name: 'ASC' } }); // expect: prunes [to42e]
	}
}
