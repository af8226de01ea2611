import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { RequestContext } from '../../api/common/request-context';
import { TransactionalConnection } from '../../connection/transactional-connection';
import { ID } from '../../entity/base/base.entity';
import { AgentOutput } from '../../entity/agent-output/agent-output.entity';
import { EventBus } from '../../event-bus/event-bus';
import { LeadEvent } from '../../event-bus/events/lead-event';

export type DateRange = { start: Date; end: Date };

@Injectable()
export class AgentOutputService implements OnApplicationBootstrap {
    constructor(
        private connection: TransactionalConnection,
        private eventBus: EventBus,
    ) {}

    onApplicationBootstrap() {
        this.eventBus.ofType(LeadEvent).subscribe(async event => {
            if (event.type === 'deleted') {
                await this.connection
                    .getRepository(event.ctx, AgentOutput)
                    .delete({ leadId: event.entity.id }); // expect: scans-all [to44f]
            }
        });
    }

    findForLead(ctx: RequestContext, leadId: ID, range: DateRange) {
        return this.connection
            .getRepository(ctx, AgentOutput)
            .createQueryBuilder('output')
            .where('output.leadId = :leadId', { leadId })
            .andWhere('output.createdAt BETWEEN :start AND :end', range)
            .orderBy('output.createdAt', 'DESC')
            .getMany(); // expect: prunes [to44g] cross
    }

    async cleanOld(olderThanDays: number) {
        const cutoff = new Date(Date.now() - olderThanDays * 24 * 60 * 60 * 1000);
        const result = await this.connection.rawConnection
            .getRepository(AgentOutput)
            .createQueryBuilder()
            .delete()
            .where({ createdAt: LessThan(cutoff) })
            .execute(); // expect: prunes [to44h]
        return result.affected ?? 0;
    }
}
