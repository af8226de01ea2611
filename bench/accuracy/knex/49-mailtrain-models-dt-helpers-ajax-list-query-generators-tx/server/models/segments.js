'use strict';

// A segment becomes a function that adds its conditions to a lead query (Mailtrain's query generators).
function getQueryGeneratorTx(tx, segment) {
  if (!segment) {
    return () => {};
  }
  if (segment.type === 'status') {
    return (query) => query.where('leads.status', segment.value);
  }
  if (segment.type === 'company') {
    return (query) => query.where('leads.company', 'ilike', `%${segment.value}%`);
  }
  return () => {};
}

module.exports.getQueryGeneratorTx = getQueryGeneratorTx;
