import { repoFactory } from '../core/db/repo-factory'
import { Campaign, CampaignEntity } from './campaign.entity'

export const campaignRepo = repoFactory(CampaignEntity)

export const campaignService = {
    async getOne({ id, userId }: { id: string, userId: string }): Promise<Campaign | null> {
        return campaignRepo().findOneBy({ id, userId }) // expect: prunes [to45i]
    },

    listQuery(userId: string) {
        return campaignRepo()
            .createQueryBuilder('campaign')
            .where({ userId, archived: false })
            .orderBy('campaign.name', 'ASC')
    },

    async archive(id: string): Promise<void> {
        await campaignRepo().update({ id }, { archived: true }) // expect: scans-all [to45k]
    },
}
