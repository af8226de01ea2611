'use strict';

const knex = require('./knex');

// DataTables server-side listing: the caller's query function builds FROM/WHERE; counts, page and order are added here.
async function ajaxListTx(tx, params, queryFun, columns) {
  const { recordsTotal } = await queryFun(tx.queryBuilder()).count('* as recordsTotal').first(); // expect: scans-all [kx49a] cross

  const query = queryFun(tx.queryBuilder()).select(columns);
  for (const order of params.order || []) {
    query.orderBy(columns[order.column], order.dir === 'asc' ? 'asc' : 'desc');
  }
  const rows = await query.limit(params.length).offset(params.start); // expect: scans-all [kx49b] cross

  return { draw: params.draw, recordsTotal, recordsFiltered: recordsTotal, data: rows.map((row) => columns.map((col) => row[col.split('.').pop()])) };
}

async function ajaxList(params, queryFun, columns) {
  return await knex.transaction(async (tx) => ajaxListTx(tx, params, queryFun, columns));
}

module.exports.ajaxListTx = ajaxListTx;
module.exports.ajaxList = ajaxList;
