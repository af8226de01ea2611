'use strict';

const knex = require('../lib/knex');
const dtHelpers = require('../lib/dt-helpers');
const segments = require('./segments');
const { enforce } = require('../lib/helpers');

const columns = ['leads.id', 'leads.company', 'leads.email', 'leads.status', 'leads.created_at'];

function _ownedBy(tx, userId) {
  return tx('leads').where('leads.user_id', userId);
}

async function listDTAjax(context, segment, params) {
  return await knex.transaction(async (tx) => {
    const addSegmentQuery = segments.getQueryGeneratorTx(tx, segment);
    return await dtHelpers.ajaxListTx(
      tx,
      params,
      (builder) => {
        const query = builder.from('leads').where('leads.user_id', context.user.id);
        query.where(function () {
          addSegmentQuery(this);
        });
        return query;
      },
      columns,
    );
  });
}

async function getById(context, id) {
  return await knex.transaction(async (tx) => {
    const entity = await tx('leads').where('id', id).first(); // expect: scans-all [kx49c]
    enforce(entity, 'Lead not found');
    return entity;
  });
}

async function getByIdTx(tx, context, id, createdAt) {
  const entity = await _ownedBy(tx, context.user.id).where({ 'leads.id': id, 'leads.created_at': createdAt }).first(); // expect: prunes [kx49d] cross
  enforce(entity, 'Lead not found');
  return entity;
}

async function getByEmail(context, email) {
  return await knex('leads').where({ user_id: context.user.id, email }).orderBy('created_at', 'desc').first(); // expect: scans-all [kx49e]
}

async function updateWithConsistencyCheck(context, entity) {
  await knex.transaction(async (tx) => {
    const existing = await getByIdTx(tx, context, entity.id, entity.created_at);
    enforce(existing.status !== 'removed', 'Lead was removed');
    await tx('leads').where({ id: entity.id, created_at: entity.created_at }).update({ company: entity.company, status: entity.status }); // expect: prunes [kx49f]
  });
}

async function remove(context, id) {
  await knex.transaction(async (tx) => {
    await _ownedBy(tx, context.user.id).where('leads.id', id).del(); // expect: scans-all [kx49g] cross
  });
}

async function countCreatedSince(context, since) {
  const row = await _ownedBy(knex, context.user.id).where('leads.created_at', '>=', since).count('* as count').first(); // expect: prunes [kx49h] cross
  return Number(row.count);
}

module.exports.listDTAjax = listDTAjax;
module.exports.getById = getById;
module.exports.getByIdTx = getByIdTx;
module.exports.getByEmail = getByEmail;
module.exports.updateWithConsistencyCheck = updateWithConsistencyCheck;
module.exports.remove = remove;
module.exports.countCreatedSince = countCreatedSince;
