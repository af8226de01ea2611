import { renderObject } from '../../../../helpers/renderer.js';

export default async (request, response) => {
  const lead = await request.currentUser.authorizedLeads
    .clone()
    .withGraphFetched({ campaign: true })
    .findById(request.params.leadId)
    .throwIfNotFound(); // expect: scans-all [ob41b] cross

  renderObject(response, lead);
};
