import { DataSource } from 'typeorm'
import { AgentOutputEntity } from '../agent-output/agent-output.entity'
import { CampaignEntity } from '../campaign/campaign.entity'
import { LeadEntity } from '../lead/lead.entity'

let dataSource: DataSource | undefined

export const databaseConnection = (): DataSource => {
    if (dataSource === undefined) {
        dataSource = new DataSource({
            type: 'postgres',
            url: process.env.AP_POSTGRES_URL,
            entities: [LeadEntity, AgentOutputEntity, CampaignEntity],
        })
    }
    return dataSource
}
