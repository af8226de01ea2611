import Router from "koa-router";
import type { WhereOptions } from "sequelize";
import { Op } from "sequelize";
import leadDestroyer from "@server/commands/leadDestroyer";
import leadUpdater from "@server/commands/leadUpdater";
import auth from "@server/middlewares/authentication";
import { transaction } from "@server/middlewares/transaction";
import validate from "@server/middlewares/validate";
import AgentOutput from "@server/models/AgentOutput";
import Campaign from "@server/models/Campaign";
import Lead from "@server/models/Lead";
import SearchHelper from "@server/models/helpers/SearchHelper";
import { presentLead } from "@server/presenters";
import type { APIContext } from "@server/types";
import pagination from "../middlewares/pagination";
import * as T from "./schema";

const router = new Router();

router.post("leads.list", auth(), pagination(), validate(T.LeadsListSchema), async (ctx: APIContext<T.LeadsListReq>) => {
  const { user } = ctx.state.auth;
  const { status, since, sort, direction } = ctx.input.body;

  let where: WhereOptions<Lead> = {
    userId: user.id,
  };

  if (status) {
    where = { ...where, status };
  }

  if (since) {
    where = { ...where, createdAt: { [Op.gte]: since } };
  }

  const leads = await Lead.scope("withCampaign").findAll({
    where,
    order: [[sort, direction]],
    offset: ctx.state.pagination.offset,
    limit: ctx.state.pagination.limit,
  }); // expect: scans-all [sq42h] cross

  ctx.body = {
    pagination: ctx.state.pagination,
    data: leads.map(presentLead),
  };
});

router.post("leads.info", auth(), validate(T.LeadsInfoSchema), async (ctx: APIContext<T.LeadsInfoReq>) => {
  const { id } = ctx.input.body;
  const { user } = ctx.state.auth;
  const lead = await Lead.findByPk(id, { userId: user.id });
  if (!lead) {
    ctx.throw(404);
    return;
  }

  const outputs = await AgentOutput.findAll({
    where: { leadId: lead.id, createdAt: { [Op.gte]: lead.createdAt } },
    order: [["createdAt", "ASC"]],
  }); // expect: prunes [sq42i]

  ctx.body = { data: { ...presentLead(lead), outputs } };
});

router.post("leads.search", auth(), pagination(), validate(T.LeadsSearchSchema), async (ctx: APIContext<T.LeadsSearchReq>) => {
  const { query, dateFilter, statusFilter } = ctx.input.body;
  const { user } = ctx.state.auth;
  const { offset, limit } = ctx.state.pagination;

  const results = await SearchHelper.searchForUser(user, { query, dateFilter, statusFilter, offset, limit });
  const recent = await SearchHelper.recentForUser(user, new Date(Date.now() - 7 * 24 * 60 * 60 * 1000));
  ctx.body = { pagination: ctx.state.pagination, data: results.map(presentLead), recent: recent.map(presentLead) };
});

router.post("leads.stats", auth(), validate(T.LeadsStatsSchema), async (ctx: APIContext<T.LeadsStatsReq>) => {
  const { user } = ctx.state.auth;
  const start = new Date(`${ctx.input.body.month}-01T00:00:00Z`);
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));

  const counts = await Lead.count({
    where: { userId: user.id, createdAt: { [Op.gte]: start, [Op.lt]: end } },
    group: ["status"],
  }); // expect: prunes [sq42j]

  ctx.body = { data: counts };
});

router.post("leads.update", auth(), validate(T.LeadsUpdateSchema), transaction(), async (ctx: APIContext<T.LeadsUpdateReq>) => {
  const { transaction } = ctx.state;
  const { id, status, company } = ctx.input.body;
  const { user } = ctx.state.auth;
  const lead = await Lead.findByPk(id, { userId: user.id, transaction });
  if (!lead) {
    ctx.throw(404);
    return;
  }

  await leadUpdater({ lead, status, company, transaction });
  ctx.body = { data: presentLead(lead) };
});

router.post("leads.delete", auth(), validate(T.LeadsDeleteSchema), transaction(), async (ctx: APIContext<T.LeadsDeleteReq>) => {
  const { transaction } = ctx.state;
  const { user } = ctx.state.auth;
  const lead = await Lead.findByPk(ctx.input.body.id, { userId: user.id, transaction });
  if (!lead) {
    ctx.throw(404);
    return;
  }
  await leadDestroyer({ lead, transaction });
  ctx.body = { success: true };
});

router.post("campaigns.list", auth(), async (ctx: APIContext) => {
  const { user } = ctx.state.auth;
  const campaigns = await Campaign.findAll({
    where: { userId: user.id, archived: false },
    order: [["name", "ASC"]],
  }); // expect: prunes [sq42k]

  ctx.body = { data: campaigns };
});

export default router;
