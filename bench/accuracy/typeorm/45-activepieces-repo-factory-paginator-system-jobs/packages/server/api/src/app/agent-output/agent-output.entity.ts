import { EntitySchema } from 'typeorm'

export type AgentOutput = {
    id: string
    leadId: string
    kind: string
    body: string | null
    createdAt: Date
}

export const AgentOutputEntity = new EntitySchema<AgentOutput>({
    name: 'agent_output',
    tableName: 'agent_outputs',
    columns: {
        id: { type: 'bigint', primary: true, generated: true },
        leadId: { type: 'bigint', name: 'lead_id' },
        kind: { type: 'text' },
        body: { type: 'text', nullable: true },
        createdAt: { type: 'timestamp with time zone', name: 'created_at', primary: true, createDate: true },
    },
})
