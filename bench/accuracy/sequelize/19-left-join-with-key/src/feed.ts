import { Op } from 'sequelize';
import { AgentOutput } from './models/agent-output';
import { Lead } from './models/lead';

export async function feed(from: Date, to: Date) {
  return Lead.findAll({
    where: { createdAt: { [Op.between]: [from, to] } },
    include: [{ model: AgentOutput, as: 'outputs', where: { createdAt: { [Op.between]: [from, to] } }, required: false }],
  }); // expect: prunes [sq19a]
}
