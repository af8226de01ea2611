import { FastifyPluginAsync } from 'fastify'
import { agentOutputService } from '../agent-output/agent-output.service'
import { campaignService } from '../campaign/campaign.service'
import { leadService } from './lead.service'

type Principal = { userId: string }

export const leadController: FastifyPluginAsync = async (app) => {
    app.get<{ Querystring: { cursor?: string, limit?: number, campaignId?: string } }>('/', async (request) => {
        const principal = (request as unknown as { principal: Principal }).principal
        return leadService.list({ userId: principal.userId, campaignId: request.query.campaignId, cursor: request.query.cursor, limit: request.query.limit ?? 10 })
    })

    app.get<{ Params: { id: string } }>('/:id', async (request) => {
        const principal = (request as unknown as { principal: Principal }).principal
        return leadService.getOneOrThrow({ id: request.params.id, userId: principal.userId })
    })

    app.get<{ Params: { id: string }, Querystring: { cursor?: string } }>('/:id/outputs', async (request) => {
        return agentOutputService.list({ leadId: request.params.id, cursor: request.query.cursor, limit: 50 })
    })

    app.get<{ Params: { campaignId: string }, Querystring: { since: string } }>('/campaigns/:campaignId/count', async (request) => {
        const count = await leadService
            .campaignLeadsQuery(request.params.campaignId)
            .andWhere('lead.created_at >= :since', { since: new Date(request.query.since) })
            .getCount() // expect: prunes [to45m] cross
        return { count }
    })

    app.get('/campaigns', async (request) => {
        const principal = (request as unknown as { principal: Principal }).principal
        return campaignService.listQuery(principal.userId).getMany() // expect: prunes [to45j] cross
    })
}
