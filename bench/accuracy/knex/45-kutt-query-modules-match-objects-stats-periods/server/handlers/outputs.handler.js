const query = require("../queries");
const { CustomError } = require("../utils");

async function stats(req, res) {
  const lead = await query.lead.find({ id: req.params.id, user_id: req.user.id });

  if (!lead) {
    throw new CustomError("Lead could not be found.");
  }

  const stats = await query.output.getStats(lead);

  return res.status(200).send({ ...stats, company: lead.company });
}

async function record(req, res) {
  await query.output.add({ id: req.params.id, kind: req.body.kind, body: req.body.body });
  return res.status(204).end();
}

module.exports = {
  stats,
  record
};
