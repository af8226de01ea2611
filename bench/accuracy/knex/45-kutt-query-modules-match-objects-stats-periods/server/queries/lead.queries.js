const knex = require("../knex");

const selectable = [
  "leads.id",
  "leads.company",
  "leads.email",
  "leads.status",
  "leads.user_id",
  "leads.campaign_id",
  "leads.created_at"
];

function normalizeMatch(match) {
  const newMatch = { ...match };

  if (newMatch.id) {
    newMatch["leads.id"] = newMatch.id;
    delete newMatch.id;
  }

  if (newMatch.user_id) {
    newMatch["leads.user_id"] = newMatch.user_id;
    delete newMatch.user_id;
  }

  return newMatch;
}

async function find(match) {
  const lead = await knex("leads")
    .select(...selectable)
    .where(normalizeMatch(match))
    .first(); // expect: scans-all [kx45a] cross

  return lead;
}

async function get(match, params) {
  const query = knex("leads")
    .select(...selectable)
    .where(normalizeMatch(match))
    .offset(params.skip)
    .limit(params.limit)
    .orderBy("leads.id", "desc");

  if (params.search) {
    query.andWhereRaw("concat_ws(' ', leads.company, leads.email) ILIKE '%' || ? || '%'", [params.search]);
  }

  const leads = await query; // expect: scans-all [kx45b] cross

  return leads;
}

async function total(match, params) {
  const query = knex("leads");

  Object.entries(match).forEach(([key, value]) => {
    query.andWhere(key, ...(Array.isArray(value) ? value : [value]));
  });

  if (params.search) {
    query.andWhereRaw("concat_ws(' ', leads.company, leads.email) ILIKE '%' || ? || '%'", [params.search]);
  }

  const [{ count }] = await query.count("leads.id", { as: "count" }); // expect: scans-all [kx45c] cross

  return typeof count === "number" ? count : parseInt(count);
}

async function countSince(userId, since) {
  const [{ count }] = await knex("leads")
    .where("user_id", userId)
    .andWhere("created_at", ">", since)
    .count("id", { as: "count" }); // expect: prunes [kx45h] cross

  return parseInt(count);
}

async function update(match, update) {
  const leads = await knex("leads")
    .where(match)
    .update({ ...update }, "*"); // expect: scans-all [kx45d] cross

  return leads;
}

async function remove(match) {
  const lead = await knex("leads").where(match).first(); // expect: scans-all [kx45e] cross

  if (!lead) {
    return { isRemoved: false, error: "Could not find the lead.", lead: null };
  }

  const deletedLead = await knex("leads").where("id", lead.id).delete(); // expect: scans-all [kx45f]

  return { isRemoved: !!deletedLead, lead };
}

module.exports = {
  normalizeMatch,
  find,
  get,
  total,
  countSince,
  update,
  remove
};
