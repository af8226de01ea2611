import { renderObject } from '../../../../helpers/renderer.js';

export default async (request, response) => {
  const month = request.query.month || new Date().toISOString().slice(0, 7);
  const startOfMonth = new Date(`${month}-01T00:00:00.000Z`);
  const startOfNextMonth = new Date(Date.UTC(startOfMonth.getUTCFullYear(), startOfMonth.getUTCMonth() + 1, 1));

  const leads = await request.currentUser.authorizedLeads
    .clone()
    .where('leads.created_at', '>=', startOfMonth)
    .where('leads.created_at', '<', startOfNextMonth)
    .orderBy('leads.created_at', 'asc'); // expect: prunes [ob41f] cross

  renderObject(response, leads);
};
