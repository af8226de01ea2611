import { createRouter } from '@tldraw/worker-shared'
import { StatusError, json } from 'itty-router'
import { createPostgresConnectionPool } from './postgres'
import { type Environment } from './types'
import { undeleteLead } from './undeleteLead'
import { requireAdminAccess, requireAuth } from './utils/tla/getAuth'
import { leadWithCampaign, userLeadsQuery } from './utils/tla/userQueries'

async function requireLead(env: Environment, q: string) {
	const db = createPostgresConnectionPool(env, '/app/admin/lead')
	try {
		const leadRow = await db
			.selectFrom('leads')
			.where((eb) => eb.or([eb('email', '=', q), eb('id', '=', Number(q) || 0)]))
			.selectAll()
			.executeTakeFirst() // expect: scans-all [ky40a]
		if (!leadRow) {
			throw new StatusError(404, 'Lead not found ' + q)
		}
		return leadRow
	} finally {
		await db.destroy()
	}
}

export const adminRoutes = createRouter<Environment>()
	.all('/app/admin/*', async (req, env) => {
		const auth = await requireAuth(req, env)
		await requireAdminAccess(env, auth)
	})
	.get('/app/admin/lead', async (res, env) => {
		const q = res.query['q']
		if (typeof q !== 'string') {
			return new Response('Missing query param', { status: 400 })
		}
		const leadRow = await requireLead(env, q)
		const db = createPostgresConnectionPool(env, '/app/admin/lead')
		try {
			const outputs = await db
				.selectFrom('agent_outputs')
				.where('lead_id', '=', leadRow.id)
				.where('created_at', '>=', leadRow.created_at)
				.orderBy('created_at', 'desc')
				.limit(500)
				.selectAll()
				.execute() // expect: prunes [ky40b]
			return json({ lead: leadRow, outputs })
		} finally {
			await db.destroy()
		}
	})
	.get('/app/admin/lead/:id/detail', async (res, env) => {
		const db = createPostgresConnectionPool(env, '/app/admin/lead/detail')
		try {
			const row = await leadWithCampaign(db).where('leads.id', '=', Number(res.params.id)).executeTakeFirst() // expect: scans-all [ky40j] cross
			return json({ lead: row ?? null })
		} finally {
			await db.destroy()
		}
	})
	.get('/app/admin/user/:userId/leads', async (res, env) => {
		const db = createPostgresConnectionPool(env, '/app/admin/user/leads')
		try {
			const leads = await userLeadsQuery(db, Number(res.params.userId))
				.orderBy('created_at', 'desc')
				.limit(500)
				.execute() // expect: scans-all [ky40e] cross
			return json({ leads })
		} finally {
			await db.destroy()
		}
	})
	.get('/app/admin/outputs', async (_res, env) => {
		const db = createPostgresConnectionPool(env, '/app/admin/outputs')
		try {
			const stats = await db
				.selectFrom('agent_outputs')
				.select((eb) => [
					eb.fn.countAll<number>().filterWhere('kind', '=', 'error').as('errors'),
					eb.fn.min('created_at').as('oldest'),
				])
				.executeTakeFirstOrThrow() // expect: scans-all [ky40c]
			return json({ errors: Number(stats.errors), oldest: stats.oldest })
		} finally {
			await db.destroy()
		}
	})
	.post('/app/admin/lead/:id/outputs/delete', async (res, env) => {
		const id = Number(res.params.id)
		if (Number.isNaN(id)) {
			throw new StatusError(400, 'id must be numeric')
		}
		const db = createPostgresConnectionPool(env, '/app/admin/outputs/delete')
		try {
			const result = await db.deleteFrom('agent_outputs').where('lead_id', '=', id).executeTakeFirst() // expect: scans-all [ky40d]
			return json({ deleted: Number(result.numDeletedRows) })
		} finally {
			await db.destroy()
		}
	})
	.post('/app/admin/lead/:id/undelete', async (req, env) => {
		const body: any = await req.json()
		await undeleteLead(env, Number(req.params.id), new Date(body.createdAt))
		return json({ ok: true })
	})
