const knex = require("../knex");

async function find(match) {
  return knex("campaigns").where(match).first(); // expect: prunes [kx45l] cross
}

async function listOfUser(userId) {
  return knex("campaigns")
    .where("user_id", userId)
    .andWhere("archived", false)
    .orderBy("name", "asc"); // expect: prunes [kx45m]
}

module.exports = {
  find,
  listOfUser
};
