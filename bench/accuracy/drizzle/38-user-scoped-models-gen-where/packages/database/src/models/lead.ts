import { and, count, desc, eq } from 'drizzle-orm';
import type { LobeChatDatabase } from '../core/db';
import { campaigns, leads } from '../schemas/lead';
import { genRangeWhere, genStartDateWhere, genWhere } from '../utils/genWhere';

export class LeadModel {
  private userId: string;
  private db: LobeChatDatabase;

  constructor(db: LobeChatDatabase, userId: string) {
    this.userId = userId;
    this.db = db;
  }

  query = async ({ current = 0, pageSize = 20 }: { current?: number; pageSize?: number } = {}) => {
    return this.db.query.leads.findMany({
      where: eq(leads.userId, Number(this.userId)),
      orderBy: [desc(leads.createdAt)],
      limit: pageSize,
      offset: current * pageSize,
    }); // expect-also: [dz38a]
  };

  findById = async (id: number) => {
    return this.db.query.leads.findFirst({ where: and(eq(leads.id, id), eq(leads.userId, Number(this.userId))) }); // expect-also: [dz38b]
  };

  queryByRange = async (range: [string, string]) => {
    return this.db
      .select()
      .from(leads)
      .where(genWhere([eq(leads.userId, Number(this.userId)), genRangeWhere(range, leads.createdAt)]))
      .orderBy(desc(leads.createdAt));
  };

  count = async (params?: { range?: [string, string]; startDate?: string }): Promise<number> => {
    const result = await this.db
      .select({ count: count(leads.id) })
      .from(leads)
      .where(
        genWhere([
          eq(leads.userId, Number(this.userId)),
          params?.range ? genRangeWhere(params.range, leads.createdAt) : undefined,
          params?.startDate ? genStartDateWhere(params.startDate, leads.createdAt) : undefined,
        ]),
      ); // expect-also: [dz38e]
    return result[0]?.count ?? 0;
  };

  update = async (id: number, createdAt: Date, value: { status?: string; company?: string }) => {
    return this.db
      .update(leads)
      .set(value)
      .where(and(eq(leads.id, id), eq(leads.createdAt, createdAt), eq(leads.userId, Number(this.userId))));
  };

  queryCampaigns = async () => {
    return this.db.query.campaigns.findMany({ where: eq(campaigns.userId, Number(this.userId)), orderBy: [desc(campaigns.id)] });
  };
}
