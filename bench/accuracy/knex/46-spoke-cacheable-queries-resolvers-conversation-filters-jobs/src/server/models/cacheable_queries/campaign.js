import { r } from "..";

// Every campaign query is scoped to its owner first (campaigns are hashed by user).
const campaignQuery = userId => r.knex("campaigns").where({ user_id: userId });

export const campaignCache = {
  load: async (id, userId) =>
    campaignQuery(userId)
      .where("id", id)
      .first(), // expect: prunes [kx46a] cross
  listActive: userId =>
    campaignQuery(userId)
      .where({ archived: false })
      .orderBy("name"),
  archive: async id => {
    await r.knex("campaigns").where({ id }).update({ archived: true }); // expect: scans-all [kx46b]
    return true;
  }
};
