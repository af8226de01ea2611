const { Model } = require('objection')

/** Runs cb in the given transaction, or in a new one. */
const useTransaction = async (cb, { trx, passedTrxOnly = false } = {}) => {
  if (trx) return cb(trx)
  if (passedTrxOnly) return cb(null)
  return Model.transaction(async newTrx => cb(newTrx))
}

module.exports = useTransaction
