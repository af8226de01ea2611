import { Kysely } from 'kysely'
import { type DB } from '../../dbTypes'

// Every lead the user owns; callers add the window or the paging they need.
export function userLeadsQuery(db: Kysely<DB>, userId: number) {
	return db.selectFrom('leads').where('user_id', '=', userId).selectAll()
}

// The lead with its campaign's name, for the admin panel and the share page.
export function leadWithCampaign(db: Kysely<DB>) {
	return db
		.selectFrom('leads')
		.leftJoin('campaigns', (join) =>
			join.onRef('campaigns.id', '=', 'leads.campaign_id').onRef('campaigns.user_id', '=', 'leads.user_id')
		)
		.selectAll('leads')
		.select('campaigns.name as campaignName')
}
