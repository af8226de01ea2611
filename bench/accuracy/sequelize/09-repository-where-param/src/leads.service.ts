import { Op } from 'sequelize';
import { findLeads } from './leads.repository';

export async function wonLeads() {
  return findLeads({ status: 'won' }); // expect: scans-all [sq09a] cross
}

export async function wonSince(since: Date) {
  return findLeads({ status: 'won', createdAt: { [Op.gte]: since } }); // expect: prunes [sq09b] cross
}
