const { Model } = require('sequelize')

// The model definitions in this directory, loaded by name.
const modelTypes = ['Campaign', 'Lead', 'AgentOutput']

const M = {}

async function init (app) {
  const allModels = []
  modelTypes.forEach(type => {
    const m = require(`./${type}`)
    M[type] = class extends Model {}
    M[type].init(m.schema, Object.assign({ sequelize: app.sequelize, modelName: m.name }, m.options || {}))
    allModels.push(m)
  })

  // Associations and finders need every model to exist first.
  allModels.forEach(m => {
    const model = M[m.name]
    if (m.associations) {
      m.associations.call(model, M)
    }
    if (m.finders) {
      const finders = m.finders.call(model, M)
      if (finders.static) {
        Object.assign(model, finders.static)
      }
      if (finders.instance) {
        Object.assign(model.prototype, finders.instance)
      }
    }
  })
}

module.exports = { init, ...M }
Object.defineProperty(module.exports, 'models', { get: () => M })
