import { Column, Entity, ManyToOne } from 'typeorm';
import { VendureEntity, ID } from '../base/base.entity';
import { Lead } from '../lead/lead.entity';

@Entity({ name: 'agent_outputs' })
export class AgentOutput extends VendureEntity {
    constructor(input?: Partial<AgentOutput>) {
        super(input);
    }

    @Column({ name: 'lead_id', type: 'bigint' })
    leadId: ID;

    @ManyToOne(type => Lead, lead => lead.outputs)
    lead: Lead;

    @Column() kind: string;

    @Column({ type: 'text', nullable: true }) body: string | null;
}
