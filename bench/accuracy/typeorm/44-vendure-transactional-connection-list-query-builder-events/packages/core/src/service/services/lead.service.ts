import { Injectable } from '@nestjs/common';
import { MoreThanOrEqual } from 'typeorm';
import { RequestContext } from '../../api/common/request-context';
import { TransactionalConnection } from '../../connection/transactional-connection';
import { ID } from '../../entity/base/base.entity';
import { Lead } from '../../entity/lead/lead.entity';
import { EventBus } from '../../event-bus/event-bus';
import { LeadEvent } from '../../event-bus/events/lead-event';
import { ListQueryBuilder, ListQueryOptions } from '../helpers/list-query-builder/list-query-builder';
import { patchEntity } from '../helpers/utils/patch-entity';

export type UpdateLeadInput = { id: ID; company?: string; status?: string };

@Injectable()
export class LeadService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private eventBus: EventBus,
    ) {}

    findAll(ctx: RequestContext, userId: ID, options?: ListQueryOptions) {
        return this.listQueryBuilder
            .build(Lead, options, { ctx, where: { userId } })
            .getManyAndCount()
            .then(([items, totalItems]) => ({ items, totalItems })); // expect: scans-all [to44b] cross
    }

    findRecent(ctx: RequestContext, userId: ID, since: Date) {
        return this.listQueryBuilder
            .build(Lead, { take: 20 }, { ctx, where: { userId, createdAt: MoreThanOrEqual(since) } })
            .getMany(); // expect: prunes [to44c] cross
    }

    findOne(ctx: RequestContext, id: ID): Promise<Lead> {
        return this.connection.getEntityOrThrow(ctx, Lead, id);
    }

    findOneWithOutputs(ctx: RequestContext, id: ID, userId: ID) {
        return this.connection.getRepository(ctx, Lead).findOne({
            where: { id, userId },
            relations: ['outputs'],
        }); // expect: scans-all [to44l]
    }

    async getStatusCounts(ctx: RequestContext, userId: ID, from: Date) {
        return this.connection
            .getRepository(ctx, Lead)
            .createQueryBuilder('lead')
            .select('lead.status', 'status')
            .addSelect('COUNT(*)', 'count')
            .where('lead.userId = :userId', { userId })
            .andWhere('lead.createdAt >= :from', { from })
            .groupBy('lead.status')
            .getRawMany(); // expect: prunes [to44k] cross
    }

    async update(ctx: RequestContext, input: UpdateLeadInput): Promise<Lead> {
        const lead = await this.connection.getEntityOrThrow(ctx, Lead, input.id);
        const updatedLead = patchEntity(lead, input);
        await this.connection.getRepository(ctx, Lead).save(updatedLead, { reload: false }); // expect: scans-all [to44d] cross
        await this.eventBus.publish(new LeadEvent(ctx, updatedLead, 'updated'));
        return updatedLead;
    }

    async delete(ctx: RequestContext, id: ID) {
        const lead = await this.connection.getEntityOrThrow(ctx, Lead, id);
        const deletedLead = new Lead(lead);
        await this.connection.getRepository(ctx, Lead).remove(lead); // expect: scans-all [to44e] cross
        await this.eventBus.publish(new LeadEvent(ctx, deletedLead, 'deleted'));
        return { result: 'DELETED' };
    }
}
