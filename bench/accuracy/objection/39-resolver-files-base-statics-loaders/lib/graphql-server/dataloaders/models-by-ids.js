/**
 * Given a Model, returns a function that can be used as a dataloader batch function.
 */
module.exports = Model => async ids => {
  const records = await Model.query().whereIn('id', ids).orderBy('id', 'asc') // expect-also: [ob39c]
  return ids.map(id => records.find(record => record.id === id) || null)
}
