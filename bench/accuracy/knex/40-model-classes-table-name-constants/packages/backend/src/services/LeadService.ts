import type { LeadModel } from '../models/LeadModel';

type LeadServiceArguments = {
  leadModel: LeadModel;
};

export class LeadService {
  private readonly leadModel: LeadModel;

  constructor({ leadModel }: LeadServiceArguments) {
    this.leadModel = leadModel;
  }

  async getLead(user: { userId: number }, leadId: number) {
    const lead = await this.leadModel.get(leadId); // expect: scans-all [kx40a] cross
    if (lead.user_id !== user.userId) throw new Error('Forbidden');
    return lead;
  }

  async getLeadsOfMonth(user: { userId: number }, month: string) {
    const from = new Date(`${month}-01T00:00:00Z`);
    const to = new Date(from.getTime() + 31 * 86_400_000);
    return this.leadModel.findForUserInPeriod(user.userId, from, to); // expect: prunes [kx40b] cross
  }

  async getOpenLeads(user: { userId: number }) {
    return this.leadModel.findByStatus(user.userId, 'new'); // expect: scans-all [kx40c] cross
  }

  async closeLead(leadId: number, createdAt: Date) {
    await this.leadModel.updateStatus(leadId, createdAt, 'closed'); // expect: prunes [kx40d] cross
  }

  async resetLead(leadId: number) {
    await this.leadModel.deleteOutputs(leadId); // expect: scans-all [kx40e] cross
  }

  async getCampaigns(user: { userId: number }) {
    return this.leadModel.getCampaigns(user.userId); // expect: prunes [kx40f] cross
  }
}
