const { subDays, subMonths } = require("date-fns");
const knex = require("../knex");

const PERIODS = {
  lastDay: () => subDays(new Date(), 1),
  lastWeek: () => subDays(new Date(), 7),
  lastMonth: () => subMonths(new Date(), 1)
};

async function add(params) {
  const output = await knex("agent_outputs")
    .where({ lead_id: params.id, kind: params.kind })
    .andWhere(knex.raw("date_trunc('hour', created_at) = date_trunc('hour', now())"))
    .first(); // expect: scans-all [kx45i]

  if (output) {
    await knex("agent_outputs")
      .where({ id: output.id, created_at: output.created_at })
      .update({ body: params.body }); // expect: prunes [kx45j]
    return output;
  }

  return knex("agent_outputs").insert({ lead_id: params.id, kind: params.kind, body: params.body });
}

function periodQuery(leadId, since) {
  return knex("agent_outputs")
    .select("kind")
    .count("id", { as: "count" })
    .where("lead_id", leadId)
    .andWhere("created_at", ">=", since)
    .groupBy("kind");
}

async function getStats(lead) {
  const stats = {};

  for (const [name, since] of Object.entries(PERIODS)) {
    stats[name] = await periodQuery(lead.id, since()); // expect: prunes [kx45k] cross
  }

  return stats;
}

function removeOlderThan(cutoff) {
  return knex("agent_outputs").where("created_at", "<", cutoff).delete();
}

async function removeOfLead(leadId) {
  return knex("agent_outputs").where("lead_id", leadId).delete(); // expect: scans-all [kx45g]
}

module.exports = {
  add,
  getStats,
  removeOlderThan,
  removeOfLead
};
