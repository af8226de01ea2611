import { LessThan } from 'typeorm'
import { repoFactory } from '../core/db/repo-factory'
import { paginate, SeekPage } from '../helper/pagination/paginator'
import { AgentOutput, AgentOutputEntity } from './agent-output.entity'

export const agentOutputRepo = repoFactory(AgentOutputEntity)

export const agentOutputService = {
    async list({ leadId, cursor, limit }: { leadId: string, cursor?: string, limit: number }): Promise<SeekPage<AgentOutput>> {
        const query = agentOutputRepo().createQueryBuilder('agent_output').where({ leadId })
        return paginate(query, { limit, cursor })
    },

    async deleteOlderThan(cutoff: Date): Promise<void> {
        await agentOutputRepo().delete({ createdAt: LessThan(cutoff) }) // expect: prunes [to45l]
    },
}
