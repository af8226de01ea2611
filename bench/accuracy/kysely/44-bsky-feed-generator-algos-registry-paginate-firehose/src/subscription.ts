import { Database } from './db'

type CommitEvent = {
  deletes: { email: string }[]
  leadIds: number[]
  user: { id: number; email: string }
}

// Applies each firehose commit: deleted records go, the author's contact address is refreshed.
export class FirehoseSubscription {
  constructor(public db: Database) {}

  async handleEvent(evt: CommitEvent) {
    const emailsToDelete = evt.deletes.map((del) => del.email)
    if (emailsToDelete.length > 0) {
      await this.db.deleteFrom('leads').where('email', 'in', emailsToDelete).execute() // expect: scans-all [ky44c]
    }
    if (evt.leadIds.length > 0) {
      await this.db.deleteFrom('agent_outputs').where('lead_id', 'in', evt.leadIds).execute() // expect: scans-all [ky44i]
    }
    await this.db.updateTable('users').set({ email: evt.user.email }).where('id', '=', evt.user.id).execute()
  }
}
