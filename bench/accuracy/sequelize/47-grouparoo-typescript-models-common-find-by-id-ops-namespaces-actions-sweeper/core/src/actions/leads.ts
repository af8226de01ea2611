import { Lead } from '../models/Lead';
import { LeadOps } from '../modules/ops/lead';
import { AuthenticatedAction } from './authenticatedAction';

export class LeadsList extends AuthenticatedAction {
  name = 'leads:list';
  inputs = { limit: { default: 100 }, offset: { default: 0 }, state: { required: false }, company: { required: false } };

  async runWithinTransaction({ params, session }: { params: any; session: any }) {
    const where = LeadOps.buildWhere(session.userId, params);
    const leads = await Lead.findAll({ where, limit: params.limit, offset: params.offset, order: [['createdAt', 'DESC']] }); // expect: scans-all [sq47i] cross
    const total = await Lead.count({ where }); // expect: scans-all [sq47j] cross
    return { total, leads: await Promise.all(leads.map((lead) => lead.apiData())) };
  }
}

export class LeadView extends AuthenticatedAction {
  name = 'lead:view';
  inputs = { id: { required: true } };

  async runWithinTransaction({ params }: { params: any }) {
    const lead = await Lead.findById<Lead>(params.id);
    const outputs = params.recent ? await lead.recentOutputs() : await lead.outputs();
    return { lead: await lead.apiData(), outputs };
  }
}

export class LeadEdit extends AuthenticatedAction {
  name = 'lead:edit';
  inputs = { id: { required: true }, status: { required: true } };

  async runWithinTransaction({ params }: { params: any }) {
    const lead = await Lead.findById<Lead>(params.id);
    await lead.update({ status: params.status }); // expect: prunes [sq47k]
    return { lead: await lead.apiData() };
  }
}

export class LeadDestroy extends AuthenticatedAction {
  name = 'lead:destroy';
  inputs = { id: { required: true } };

  async runWithinTransaction({ params }: { params: any }) {
    const lead = await Lead.findById<Lead>(params.id);
    await lead.destroy(); // expect: prunes [sq47l]
    return { success: true };
  }
}

export class LeadStats extends AuthenticatedAction {
  name = 'leads:stats';

  async runWithinTransaction({ session }: { session: any }) {
    return { counts: await LeadOps.statusCounts(session.userId) };
  }
}
