import type { Database } from "@dotkomonline/db"
import type { Kysely, Selectable } from "kysely"
import { type Cursor, createdSince, orderedQuery } from "../../utils/db-utils"

export type AgentOutput = Selectable<Database["agentOutputs"]>

export interface AgentOutputRepository {
  getAllByLeadId(leadId: string, take: number, cursor?: Cursor): Promise<AgentOutput[]>
  getLatestForLead(lead: { id: string; createdAt: Date }): Promise<AgentOutput | undefined>
  getAllForUserLeadsSince(userId: string, since: Date): Promise<AgentOutput[]>
  deleteOlderThan(date: Date): Promise<bigint>
}

export class AgentOutputRepositoryImpl implements AgentOutputRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async getAllByLeadId(leadId: string, take: number, cursor?: Cursor) {
    const query = orderedQuery(this.db.selectFrom("agentOutputs").selectAll().where("leadId", "=", leadId).limit(take), cursor)
    return query.execute() // expect: scans-all [ky48j] cross
  }

  async getLatestForLead(lead: { id: string; createdAt: Date }) {
    return this.db
      .selectFrom("agentOutputs")
      .selectAll()
      .where("leadId", "=", lead.id)
      .$call(createdSince(lead.createdAt))
      .orderBy("createdAt", "desc")
      .limit(1)
      .executeTakeFirst() // expect: prunes [ky48k] cross
  }

  async getAllForUserLeadsSince(userId: string, since: Date) {
    return this.db
      .selectFrom("leads")
      .innerJoin("agentOutputs", "agentOutputs.leadId", "leads.id")
      .selectAll("agentOutputs")
      .where("leads.userId", "=", userId)
      .where("leads.createdAt", ">=", since)
      .execute() // expect: scans-all [ky48m]
  }

  async deleteOlderThan(date: Date) {
    const result = await this.db.deleteFrom("agentOutputs").where("createdAt", "<", date).executeTakeFirst() // expect: prunes [ky48l]
    return result.numDeletedRows
  }
}
