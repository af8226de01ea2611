import {
  EntityManager,
  FindManyOptions,
  In,
  IsNull,
  LessThan,
  MoreThanOrEqual,
  Not,
  ObjectLiteral,
  Repository,
} from "typeorm";
import { AgentOutput, Campaign, Lead } from "../entities/Entities";

export type Actor =
  | { type: "SuperUser" }
  | { type: "AnonUser" }
  | { type: "NormalUser"; userId: string };

export const SUPER_USER: Actor = { type: "SuperUser" };
export const ANON_USER: Actor = { type: "AnonUser" };

export function normalActor(userId: string): Actor {
  return { type: "NormalUser", userId };
}

export interface CompatRequest {
  txMgr?: EntityManager;
  noTxMgr: EntityManager;
}

export class NotFoundError extends Error {}
export class ForbiddenError extends Error {}

function ensureFound<T>(x: T | null | undefined, what: string): T {
  if (x === null || x === undefined) {
    throw new NotFoundError(`${what} not found`);
  }
  return x;
}

export function excludeClosed() {
  return { status: Not("closed") };
}

function maybeIncludeClosed(includeClosed: boolean) {
  return includeClosed ? {} : excludeClosed();
}

export function excludeArchived() {
  return { archived: false };
}

async function findExactlyOne<T extends ObjectLiteral>(repo: Repository<T>, opts?: FindManyOptions<T>) {
  const found = await repo.find(opts); // expect-also: [to49l]
  if (found.length !== 1) {
    throw new NotFoundError(`Expected exactly one ${repo.metadata.name}, found ${found.length}`);
  }
  return found[0];
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The data access of the whole server: every method checks the actor's permissions first.
 */
export class DbMgr {
  protected get entMgr(): EntityManager {
    if (this.entMgrOrReq instanceof EntityManager) {
      return this.entMgrOrReq;
    } else {
      // The request's transaction manager, once startTransaction has run, so that a failure rolls back.
      return this.entMgrOrReq.txMgr || this.entMgrOrReq.noTxMgr;
    }
  }

  constructor(private readonly entMgrOrReq: EntityManager | CompatRequest, public readonly actor: Actor) {}

  private checkNotAnonUser() {
    if (this.actor.type === "AnonUser") {
      throw new ForbiddenError("Must not be anonymous user");
    }
  }

  private checkSuperUser() {
    if (this.actor.type !== "SuperUser") {
      throw new ForbiddenError("Must be Super User.");
    }
  }

  private checkUserIdIsSelf(userId: string) {
    if (this.actor.type !== "SuperUser" && !(this.actor.type === "NormalUser" && this.actor.userId === userId)) {
      throw new ForbiddenError("Can only access your own data");
    }
  }

  //
  // Entity types.
  //
  private leads() {
    return this.entMgr.getRepository(Lead);
  }

  private outputs() {
    return this.entMgr.getRepository(AgentOutput);
  }

  private campaigns() {
    return this.entMgr.getRepository(Campaign);
  }

  private leadsOfUserQb(userId: string) {
    return this.leads().createQueryBuilder("lead").where(`"lead"."user_id" = :userId`, { userId });
  }

  //
  // Leads.
  //
  async getLeadById(id: string) {
    this.checkNotAnonUser();
    return ensureFound(await this.leads().findOne({ where: { id, ...excludeClosed() } }), `Lead ${id}`); // expect: scans-all [to49a] cross
  }

  async getLeadByKey(id: string, createdAt: Date) {
    this.checkNotAnonUser();
    return await findExactlyOne(this.leads(), { where: { id, createdAt } }); // expect: prunes [to49b] cross
  }

  async listLeadsForUser(
    userId: string,
    opts: { createdAtGt?: Date; includeClosed?: boolean; limit?: number } = {}
  ) {
    this.checkUserIdIsSelf(userId);
    const { createdAtGt, includeClosed = false, limit } = opts;
    const qb = this.leads()
      .createQueryBuilder("lead")
      .where({ userId, ...maybeIncludeClosed(includeClosed) });
    if (createdAtGt) {
      qb.andWhere(`"lead"."created_at" > :createdAtGt`, { createdAtGt });
    }
    qb.orderBy("lead.createdAt", "DESC");
    if (limit !== undefined) {
      qb.limit(limit);
    }
    return await qb.getMany(); // expect-also: [to49c]
  }

  async getLeadsWithOutputs(userId: string, since: Date) {
    this.checkUserIdIsSelf(userId);
    return await this.leadsOfUserQb(userId)
      .leftJoinAndSelect("lead.outputs", "output")
      .andWhere(`"lead"."created_at" >= :since`, { since })
      .getMany(); // expect: scans-all [to49n] cross
  }

  async countLeadsByStatus(userId: string, since: Date) {
    this.checkUserIdIsSelf(userId);
    return await this.leadsOfUserQb(userId)
      .select(`"lead"."status"`, "status")
      .addSelect("count(*)", "count")
      .andWhere(`"lead"."created_at" >= :since`, { since })
      .groupBy(`"lead"."status"`)
      .getRawMany(); // expect: prunes [to49o] cross
  }

  async updateLead(id: string, createdAt: Date, fields: Partial<Pick<Lead, "company" | "email" | "status">>) {
    this.checkNotAnonUser();
    await this.leads().update({ id, createdAt }, fields); // expect: prunes [to49e]
  }

  async closeLead(id: string) {
    this.checkNotAnonUser();
    await this.leads()
      .createQueryBuilder()
      .update()
      .set({ status: "closed" })
      .where("id = :id", { id })
      .execute(); // expect: scans-all [to49f]
  }

  //
  // Agent outputs.
  //
  async getOutputsForLead(lead: Lead) {
    this.checkNotAnonUser();
    return await this.outputs().find({
      where: { leadId: lead.id, createdAt: MoreThanOrEqual(lead.createdAt) },
      order: { createdAt: "DESC" },
    }); // expect: prunes [to49g]
  }

  async getOutputsForLeadIds(leadIds: string[]) {
    this.checkNotAnonUser();
    return await this.outputs().find({ where: { leadId: In(leadIds), body: Not(IsNull()) } }); // expect: scans-all [to49h]
  }

  async deleteOutputsOlderThan(days: number) {
    this.checkSuperUser();
    return await this.outputs().delete({ createdAt: LessThan(new Date(Date.now() - days * DAY)) }); // expect: prunes [to49i]
  }

  //
  // Campaigns.
  //
  async listCampaignsForUser(userId: string) {
    this.checkUserIdIsSelf(userId);
    return await this.campaigns().find({ where: { userId, ...excludeArchived() }, order: { name: "ASC" } }); // expect: prunes [to49k] cross
  }

  async getCampaignById(id: string) {
    this.checkSuperUser();
    return await findExactlyOne(this.campaigns(), { where: { id } }); // expect: scans-all [to49l] cross
  }

  async getCampaignForUser(id: string, userId: string) {
    this.checkUserIdIsSelf(userId);
    return await findExactlyOne(this.campaigns(), { where: { id, userId } }); // expect: prunes [to49m] cross
  }
}
