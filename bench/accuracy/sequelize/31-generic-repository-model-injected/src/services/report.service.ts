import { Op } from 'sequelize';
import { AgentOutput } from '../models/agent-output';
import { leadRepository, outputRepository } from '../repositories';

export async function leadsOfUser(userId: number) {
  return leadRepository.find({ where: { userId } }); // expect: scans-all [sq31a] cross
}

export async function recentCount(userId: number, since: Date) {
  return leadRepository.count({ userId, createdAt: { [Op.gte]: since } }); // expect: prunes [sq31b] cross
}

export async function outputsOfLead(leadId: number) {
  return outputRepository.find({ where: { leadId }, order: [['createdAt', 'DESC']] }); // expect: scans-all [sq31c] cross
}

export async function leadsWithOutputsInRange(from: Date, to: Date) {
  return leadRepository.find({
    where: { createdAt: { [Op.between]: [from, to] } },
    include: [{ model: AgentOutput, as: 'outputs', required: false, where: { createdAt: { [Op.between]: [from, to] } } }],
  }); // expect: prunes [sq31d] cross
}
