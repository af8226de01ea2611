import { EntitySchema } from 'typeorm'

export type Lead = {
    id: string
    userId: string
    campaignId: string | null
    company: string
    email: string
    status: string
    createdAt: Date
}

export const LeadEntity = new EntitySchema<Lead>({
    name: 'lead',
    tableName: 'leads',
    columns: {
        id: { type: 'bigint', primary: true, generated: true },
        userId: { type: 'bigint', name: 'user_id' },
        campaignId: { type: 'bigint', name: 'campaign_id', nullable: true },
        company: { type: 'text' },
        email: { type: 'text' },
        status: { type: 'text', default: 'new' },
        createdAt: { type: 'timestamp with time zone', name: 'created_at', primary: true, createDate: true },
    },
})
