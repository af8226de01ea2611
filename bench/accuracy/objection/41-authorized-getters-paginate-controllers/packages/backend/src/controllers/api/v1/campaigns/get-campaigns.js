import { renderObject } from '../../../../helpers/renderer.js';

export default async (request, response) => {
  const campaigns = await request.currentUser
    .$relatedQuery('campaigns')
    .where({ archived: false })
    .orderBy('name', 'asc'); // expect: prunes [ob41j]

  renderObject(response, campaigns);
};
