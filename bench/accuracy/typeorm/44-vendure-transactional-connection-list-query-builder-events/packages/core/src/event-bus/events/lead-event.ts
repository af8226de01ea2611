import { RequestContext } from '../../api/common/request-context';
import { Lead } from '../../entity/lead/lead.entity';

export class LeadEvent {
    constructor(
        public ctx: RequestContext,
        public entity: Lead,
        public type: 'created' | 'updated' | 'deleted',
    ) {}
}
