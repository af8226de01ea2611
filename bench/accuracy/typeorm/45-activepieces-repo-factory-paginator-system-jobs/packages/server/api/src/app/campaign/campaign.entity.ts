import { EntitySchema } from 'typeorm'

export type Campaign = {
    id: string
    userId: string
    name: string
    archived: boolean
}

export const CampaignEntity = new EntitySchema<Campaign>({
    name: 'campaign',
    tableName: 'campaigns',
    columns: {
        id: { type: 'bigint', primary: true, generated: true },
        userId: { type: 'bigint', name: 'user_id', primary: true },
        name: { type: 'text' },
        archived: { type: 'boolean', default: false },
    },
})
