import { Column, Entity, ManyToOne, OneToMany } from 'typeorm';
import { VendureEntity, ID } from '../base/base.entity';
import { AgentOutput } from '../agent-output/agent-output.entity';
import { Campaign } from '../campaign/campaign.entity';

@Entity({ name: 'leads' })
export class Lead extends VendureEntity {
    constructor(input?: Partial<Lead>) {
        super(input);
    }

    @Column({ name: 'user_id', type: 'bigint' })
    userId: ID;

    @Column({ name: 'campaign_id', type: 'bigint', nullable: true })
    campaignId: ID | null;

    @ManyToOne(type => Campaign)
    campaign?: Campaign;

    @Column() company: string;

    @Column() email: string;

    @Column({ default: 'new' }) status: string;

    @OneToMany(type => AgentOutput, output => output.lead)
    outputs: AgentOutput[];
}
