import { createPostgresConnectionPool } from './postgres'
import { type Environment } from './types'

export async function undeleteLead(env: Environment, leadId: number, createdAt: Date) {
	const db = createPostgresConnectionPool(env, '/app/admin/undelete')
	try {
		await db.transaction().execute(async (tx) => {
			await tx
				.updateTable('leads')
				.set({ status: 'new' })
				.where('id', '=', leadId)
				.where('created_at', '=', createdAt)
				.execute() // expect: prunes [ky40h]
		})
	} finally {
		await db.destroy()
	}
}
