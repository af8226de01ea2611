import { renderObject } from '../../../../helpers/renderer.js';

export default async (request, response) => {
  const lead = await request.currentUser.authorizedLeads
    .clone()
    .findOne({ id: request.params.leadId, createdAt: request.body.createdAt })
    .throwIfNotFound(); // expect: prunes [ob41g] cross

  const updatedLead = await lead.updateStatus(request.body.status);

  renderObject(response, updatedLead);
};
