import { table, type ModelOptions } from './base';

export const LeadModel = {
  findPage(userId: number, options: ModelOptions = {}) {
    const qb = table('leads', options).where('user_id', userId);
    if (options.filter?.status) qb.andWhere('status', options.filter.status);
    if (options.filter?.from && options.filter?.to) qb.whereBetween('created_at', [options.filter.from, options.filter.to]);
    return qb.orderBy('created_at', 'desc');
  },

  edit(id: number, createdAt: Date, data: Record<string, unknown>, options: ModelOptions = {}) {
    return table('leads', options).where({ id, created_at: createdAt }).update(data);
  },
};

export const OutputModel = {
  destroyForLead(leadId: number, options: ModelOptions = {}) {
    return table('agent_outputs', options).where({ lead_id: leadId }).del();
  },
};
