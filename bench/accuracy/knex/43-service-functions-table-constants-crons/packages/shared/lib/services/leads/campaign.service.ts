import db from '@nangohq/database';
import type { Campaign } from '../../models/Lead.js';

const CAMPAIGNS_TABLE = 'campaigns';

class CampaignService {
    public async listCampaigns(userId: number, { includeArchived }: { includeArchived: boolean }): Promise<Campaign[]> {
        const queryBuilder = db.readOnly.from<Campaign>(CAMPAIGNS_TABLE).select('id', 'name', 'archived').where({ user_id: userId });
        if (!includeArchived) {
            queryBuilder.where({ archived: false });
        }
        queryBuilder.orderBy('name', 'asc');

        return await queryBuilder; // expect: prunes [kx43h]
    }

    public async getCampaignById(id: number): Promise<Campaign | null> {
        const result = await db.knex.select('*').from<Campaign>(CAMPAIGNS_TABLE).where({ id }).first(); // expect: scans-all [kx43i]

        return result || null;
    }
}

export default new CampaignService();
