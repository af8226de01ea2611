const { Op } = require('sequelize')

const DAY = 24 * 60 * 60 * 1000

function startOfMonth () {
  const now = new Date()
  return new Date(now.getFullYear(), now.getMonth(), 1)
}

module.exports = async function (app) {
  app.addHook('preHandler', async (request, reply) => {
    if (request.params.leadId !== undefined) {
      request.lead = await app.db.models.Lead.byId(request.params.leadId)
      if (!request.lead) {
        reply.code(404).send({ code: 'not_found', error: 'Not Found' })
      }
    }
  })

  app.get('/', async (request, reply) => {
    const result = await app.db.models.Lead.getAll(request.query, { userId: request.session.User.id })
    reply.send(result)
  })

  app.get('/recent', async (request, reply) => {
    reply.send(await app.db.models.Lead.byUserSince(request.session.User.id))
  })

  app.get('/stats', async (request, reply) => {
    const counts = await app.db.models.Lead.count({
      where: { userId: request.session.User.id, createdAt: { [Op.gte]: startOfMonth() } },
      group: ['status']
    }) // expect: prunes [sq44m]
    reply.send(counts)
  })

  app.get('/:leadId/outputs', async (request, reply) => {
    const since = { createdAt: { [Op.gte]: new Date(Date.now() - 7 * DAY) } }
    reply.send(await app.db.models.AgentOutput.forLead(request.lead.id, since))
  })

  app.get('/:leadId/history', async (request, reply) => {
    reply.send(await request.lead.getOutputs())
  })

  app.put('/:leadId', async (request, reply) => {
    request.lead.status = request.body.status
    await request.lead.save() // expect: scans-all [sq44j] cross
    reply.send({ id: request.lead.id, status: request.lead.status })
  })

  app.delete('/:leadId', async (request, reply) => {
    await request.lead.destroy() // expect: scans-all [sq44k] cross
    reply.send({ status: 'okay' })
  })
}
