import { Op } from 'sequelize';
import { LeadService } from './services/lead.service';

const leads = new LeadService();

export async function list(status: string) {
  return leads.findAll({ status }); // expect: scans-all [sq12a] cross
}

export async function recent(status: string, since: Date) {
  return leads.findAll({ status, createdAt: { [Op.gte]: since } }); // expect: prunes [sq12b] cross
}
