'use strict';

const knex = require('../lib/knex');
const { enforce } = require('../lib/helpers');

function _campaignsOf(tx, userId) {
  return tx('campaigns').where('campaigns.user_id', userId);
}

async function listByUser(context, includeArchived = false) {
  const query = _campaignsOf(knex, context.user.id).select('campaigns.id', 'campaigns.name');
  if (!includeArchived) {
    query.where('campaigns.archived', false);
  }
  return await query.orderBy('campaigns.name'); // expect: prunes [kx49i] cross
}

async function getByIdTx(tx, context, id) {
  const entity = await _campaignsOf(tx, context.user.id).where('campaigns.id', id).first(); // expect: prunes [kx49j] cross
  enforce(entity, 'Campaign not found');
  return entity;
}

async function getById(context, id) {
  return await knex.transaction(async (tx) => getByIdTx(tx, context, id));
}

async function archive(context, id) {
  await knex.transaction(async (tx) => {
    await getByIdTx(tx, context, id);
    await tx('campaigns').where({ id, user_id: context.user.id }).update({ archived: true }); // expect: prunes [kx49k]
  });
}

async function getByIdForAdmin(id) {
  return await knex('campaigns').where('id', id).first(); // expect: scans-all [kx49l]
}

module.exports.listByUser = listByUser;
module.exports.getByIdTx = getByIdTx;
module.exports.getById = getById;
module.exports.archive = archive;
module.exports.getByIdForAdmin = getByIdForAdmin;
