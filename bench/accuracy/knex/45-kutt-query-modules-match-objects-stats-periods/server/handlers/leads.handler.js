const { subDays } = require("date-fns");
const query = require("../queries");
const env = require("../env");
const { CustomError } = require("../utils");

async function get(req, res) {
  const { limit, skip } = req.context;
  const search = req.query.search;

  const match = {
    user_id: req.user.id
  };

  const [data, total] = await Promise.all([
    query.lead.get(match, { limit, search, skip }),
    query.lead.total(match, { search })
  ]);

  return res.send({ total, limit, skip, data });
}

async function create(req, res) {
  const recent = await query.lead.countSince(req.user.id, subDays(new Date(), 1));
  if (recent >= env.DAILY_LEAD_LIMIT) {
    throw new CustomError(`You have reached your daily limit (${env.DAILY_LEAD_LIMIT}).`, 429);
  }

  if (req.body.campaign) {
    const campaign = await query.campaign.find({ user_id: req.user.id, name: req.body.campaign });
    if (!campaign) throw new CustomError("Campaign not found.", 400);
  }

  return res.status(201).send({ ok: true });
}

async function edit(req, res) {
  const lead = await query.lead.find({
    id: req.params.id,
    ...(!req.user.admin && { user_id: req.user.id })
  });

  if (!lead) {
    throw new CustomError("Lead was not found.");
  }

  const [updatedLead] = await query.lead.update(
    { id: lead.id },
    { company: req.body.company || lead.company, status: req.body.status || lead.status }
  );

  return res.status(200).send(updatedLead);
}

async function remove(req, res) {
  const { lead } = await query.lead.remove({
    id: req.params.id,
    ...(!req.user.admin && { user_id: req.user.id })
  });

  if (!lead) {
    throw new CustomError("Could not delete the lead.");
  }

  await query.output.removeOfLead(lead.id);

  return res.status(200).send({ message: "Lead has been deleted successfully." });
}

async function campaigns(req, res) {
  const data = await query.campaign.listOfUser(req.user.id);
  return res.send({ data });
}

module.exports = {
  get,
  create,
  edit,
  remove,
  campaigns
};
