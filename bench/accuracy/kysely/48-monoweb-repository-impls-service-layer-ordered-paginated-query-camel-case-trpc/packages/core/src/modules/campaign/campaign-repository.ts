import type { Database } from "@dotkomonline/db"
import type { Kysely, Selectable } from "kysely"
import { type Cursor, orderedQuery } from "../../utils/db-utils"

export type Campaign = Selectable<Database["campaigns"]>

export interface CampaignRepository {
  getById(id: string): Promise<Campaign | undefined>
  getAllByUserId(userId: string, take: number, cursor?: Cursor): Promise<Campaign[]>
  archive(id: string, userId: string): Promise<Campaign>
}

export class CampaignRepositoryImpl implements CampaignRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async getById(id: string) {
    return this.db.selectFrom("campaigns").where("id", "=", id).selectAll().executeTakeFirst() // expect: scans-all [ky48o]
  }

  async getAllByUserId(userId: string, take: number, cursor?: Cursor) {
    const query = orderedQuery(
      this.db.selectFrom("campaigns").selectAll().where("userId", "=", userId).where("archived", "=", false).limit(take),
      cursor
    )
    return query.execute() // expect: prunes [ky48n] cross
  }

  async archive(id: string, userId: string) {
    return this.db
      .updateTable("campaigns")
      .set({ archived: true })
      .where("id", "=", id)
      .where("userId", "=", userId)
      .returningAll()
      .executeTakeFirstOrThrow() // expect: prunes [ky48p]
  }
}
