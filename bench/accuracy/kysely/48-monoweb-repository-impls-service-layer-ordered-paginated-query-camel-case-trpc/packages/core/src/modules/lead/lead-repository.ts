import type { Database } from "@dotkomonline/db"
import type { Insertable, Kysely, Selectable, Updateable } from "kysely"
import {
  type Collection,
  type Cursor,
  type Pageable,
  type Period,
  orderedQuery,
  paginatedQuery,
  withinPeriod,
} from "../../utils/db-utils"

export type Lead = Selectable<Database["leads"]>
export type LeadInsert = Insertable<Database["leads"]>
export type LeadUpdate = Updateable<Database["leads"]>

export const mapToLead = (data: Lead) => ({ ...data, createdAt: new Date(data.createdAt) })

export interface LeadRepository {
  getById(id: string): Promise<Lead | undefined>
  getByKey(id: string, createdAt: Date): Promise<Lead | undefined>
  getAll(take: number, cursor?: Cursor): Promise<Lead[]>
  getAllByUserId(userId: string, take: number, cursor?: Cursor): Promise<Lead[]>
  getAllByUserIdSince(userId: string, since: Date, pageable: Pageable): Promise<Collection<Lead>>
  getAllByCampaignId(campaignId: string, pageable: Pageable): Promise<Collection<Lead>>
  countByStatus(userId: string, period: Period): Promise<{ status: string; count: string | number | bigint }[]>
  update(id: string, createdAt: Date, data: LeadUpdate): Promise<Lead>
  updateStatusByCampaignId(campaignId: string, status: string): Promise<void>
}

export class LeadRepositoryImpl implements LeadRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private baseQuery() {
    return this.db.selectFrom("leads").selectAll("leads")
  }

  async getById(id: string) {
    const lead = await this.baseQuery().where("leads.id", "=", id).executeTakeFirst() // expect: scans-all [ky48a] cross
    return lead === undefined ? undefined : mapToLead(lead)
  }

  async getByKey(id: string, createdAt: Date) {
    const lead = await this.baseQuery()
      .where("leads.id", "=", id)
      .where("leads.createdAt", "=", createdAt)
      .executeTakeFirst() // expect: prunes [ky48b] cross
    return lead === undefined ? undefined : mapToLead(lead)
  }

  async getAll(take: number, cursor?: Cursor) {
    const query = orderedQuery(this.db.selectFrom("leads").selectAll().limit(take), cursor)
    const leads = await query.execute() // expect: scans-all [ky48c] cross
    return leads.map(mapToLead)
  }

  async getAllByUserId(userId: string, take: number, cursor?: Cursor) {
    const query = orderedQuery(this.db.selectFrom("leads").selectAll().where("userId", "=", userId).limit(take), cursor)
    const leads = await query.execute() // expect: scans-all [ky48d] cross
    return leads.map(mapToLead)
  }

  async getAllByUserIdSince(userId: string, since: Date, pageable: Pageable) {
    return paginatedQuery(
      this.db.selectFrom("leads").selectAll().where("userId", "=", userId).where("createdAt", ">=", since),
      pageable,
      mapToLead
    ) // expect: prunes [ky48e] cross
  }

  async getAllByCampaignId(campaignId: string, pageable: Pageable) {
    return paginatedQuery(this.db.selectFrom("leads").selectAll().where("campaignId", "=", campaignId), pageable, mapToLead) // expect: scans-all [ky48f] cross
  }

  async countByStatus(userId: string, period: Period) {
    return this.db
      .selectFrom("leads")
      .select(["status", (eb) => eb.fn.count("id").as("count")])
      .where("userId", "=", userId)
      .$call(withinPeriod(period))
      .groupBy("status")
      .execute() // expect: prunes [ky48i] cross
  }

  async update(id: string, createdAt: Date, data: LeadUpdate) {
    const lead = await this.db
      .updateTable("leads")
      .set(data)
      .where("id", "=", id)
      .where("createdAt", "=", createdAt)
      .returningAll()
      .executeTakeFirstOrThrow() // expect: prunes [ky48g]
    return mapToLead(lead)
  }

  async updateStatusByCampaignId(campaignId: string, status: string) {
    await this.db.updateTable("leads").set({ status }).where("campaignId", "=", campaignId).execute() // expect: scans-all [ky48h]
  }
}
