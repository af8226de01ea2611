import { In, MoreThanOrEqual } from 'typeorm'
import { repoFactory } from '../core/db/repo-factory'
import { transaction } from '../core/db/transaction'
import { agentOutputRepo } from '../agent-output/agent-output.service'
import { applyDateRange, DateRange } from '../helper/date-range'
import { paginate, SeekPage } from '../helper/pagination/paginator'
import { Lead, LeadEntity } from './lead.entity'

export const leadRepo = repoFactory(LeadEntity)

type ListParams = {
    userId: string
    campaignId?: string
    status?: string[]
    createdAfter?: Date
    cursor?: string
    limit: number
}

export const leadService = {
    async getOneOrThrow({ id, userId }: { id: string, userId: string }): Promise<Lead> {
        const lead = await leadRepo().findOneBy({ id, userId }) // expect: scans-all [to45a]
        if (lead === null) {
            throw new Error(`lead ${id} not found`)
        }
        return lead
    },

    async list({ userId, campaignId, status, createdAfter, cursor, limit }: ListParams): Promise<SeekPage<Lead>> {
        let query = leadRepo().createQueryBuilder('lead').where({ userId })
        if (campaignId !== undefined) {
            query = query.andWhere({ campaignId })
        }
        if (status !== undefined) {
            query = query.andWhere({ status: In(status) })
        }
        if (createdAfter !== undefined) {
            query = query.andWhere({ createdAt: MoreThanOrEqual(createdAfter) })
        }
        return paginate(query, { limit, cursor })
    },

    async updateStatus({ id, createdAt, status }: { id: string, createdAt: Date, status: string }): Promise<void> {
        await leadRepo().update({ id, createdAt }, { status }) // expect: prunes [to45c]
    },

    async getStats({ userId, range }: { userId: string, range: DateRange }) {
        const qb = leadRepo()
            .createQueryBuilder('lead')
            .select('lead.status', 'status')
            .addSelect('COUNT(*)', 'count')
            .where('lead.user_id = :userId', { userId })
        return applyDateRange(qb, 'lead', range).groupBy('lead.status').getRawMany() // expect: prunes [to45d] cross
    },

    campaignLeadsQuery(campaignId: string) {
        return leadRepo().createQueryBuilder('lead').where('lead.campaign_id = :campaignId', { campaignId })
    },

    async delete({ id, createdAt }: { id: string, createdAt: Date }): Promise<void> {
        await transaction(async (entityManager) => {
            await agentOutputRepo(entityManager).delete({ leadId: id }) // expect: scans-all [to45e]
            await leadRepo(entityManager).delete({ id, createdAt }) // expect: prunes [to45f]
        })
    },
}
