import { DurableObject } from 'cloudflare:workers'
import { Kysely } from 'kysely'
import { type DB } from './dbTypes'
import { createPostgresConnectionPool } from './postgres'
import { type Environment } from './types'
import { userLeadsQuery } from './utils/tla/userQueries'

const BOOT_WINDOW_MS = 14 * 24 * 60 * 60 * 1000
const STALE_AFTER_MS = 30 * 24 * 60 * 60 * 1000

export class TLUserDurableObject extends DurableObject<Environment> {
	private readonly db: Kysely<DB>
	private userId: number | null = null

	constructor(ctx: DurableObjectState, env: Environment) {
		super(ctx, env)
		this.db = createPostgresConnectionPool(env, 'TLUserDurableObject')
	}

	async init(userId: number) {
		this.userId = userId
		await this.ctx.storage.setAlarm(Date.now() + 60 * 60 * 1000)
	}

	// The initial data the client needs: recent leads and the user's campaigns.
	async bootData() {
		if (this.userId === null) throw new Error('not initialised')
		const since = new Date(Date.now() - BOOT_WINDOW_MS)
		const leads = await userLeadsQuery(this.db, this.userId).where('created_at', '>=', since).execute() // expect: prunes [ky40f] cross
		const campaigns = await this.db
			.selectFrom('campaigns')
			.where('user_id', '=', this.userId)
			.where('archived', '=', false)
			.selectAll()
			.execute() // expect: prunes [ky40g]
		return { leads, campaigns }
	}

	override async alarm() {
		if (this.userId === null) return
		const cutoff = new Date(Date.now() - STALE_AFTER_MS)
		await this.db
			.updateTable('leads')
			.set({ status: 'stale' })
			.where('user_id', '=', this.userId)
			.where('status', '=', 'new')
			.where('created_at', '<', cutoff)
			.execute() // expect: prunes [ky40i]
	}
}
