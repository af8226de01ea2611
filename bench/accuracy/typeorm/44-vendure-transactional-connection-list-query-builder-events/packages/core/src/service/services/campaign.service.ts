import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../api/common/request-context';
import { TransactionalConnection } from '../../connection/transactional-connection';
import { ID } from '../../entity/base/base.entity';
import { Campaign } from '../../entity/campaign/campaign.entity';
import { Lead } from '../../entity/lead/lead.entity';

@Injectable()
export class CampaignService {
    constructor(private connection: TransactionalConnection) {}

    findAll(ctx: RequestContext, userId: ID) {
        return this.connection.getRepository(ctx, Campaign).find({
            where: { userId, archived: false },
            order: { name: 'ASC' },
        }); // expect: prunes [to44i]
    }

    findOne(ctx: RequestContext, id: ID) {
        return this.connection.getEntityOrThrow(ctx, Campaign, id);
    }

    async archive(ctx: RequestContext, id: ID) {
        const campaign = await this.findOne(ctx, id);
        await this.connection
            .getRepository(ctx, Campaign)
            .update({ id: campaign.id, userId: campaign.userId }, { archived: true }); // expect: prunes [to44m]
        await this.connection
            .getRepository(ctx, Lead)
            .update({ campaignId: campaign.id }, { campaignId: null }); // expect: scans-all [to44n]
        return campaign;
    }
}
