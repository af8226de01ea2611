import { renderObject } from '../../../../helpers/renderer.js';
import paginateRest from '../../../../helpers/pagination-rest.js';

export default async (request, response) => {
  const leadsQuery = request.currentUser.authorizedLeads
    .clone()
    .orderBy('created_at', 'desc');

  const leads = await paginateRest(leadsQuery, request.query.page); // expect: scans-all [ob41a] cross

  renderObject(response, leads);
};
