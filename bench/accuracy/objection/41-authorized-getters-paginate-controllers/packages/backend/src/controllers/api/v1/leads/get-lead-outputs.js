import { renderObject } from '../../../../helpers/renderer.js';
import paginateRest from '../../../../helpers/pagination-rest.js';
import AgentOutput from '../../../../models/agent-output.js';

export default async (request, response) => {
  const lead = await request.currentUser.authorizedLeads
    .clone()
    .findById(request.params.leadId)
    .throwIfNotFound(); // expect: scans-all [ob41c] cross

  const outputsQuery = AgentOutput.query()
    .where({ leadId: lead.id })
    .where('created_at', '>=', lead.createdAt)
    .orderBy('created_at', 'desc');

  const outputs = await paginateRest(outputsQuery, request.query.page); // expect: prunes [ob41e] cross

  renderObject(response, outputs);
};
