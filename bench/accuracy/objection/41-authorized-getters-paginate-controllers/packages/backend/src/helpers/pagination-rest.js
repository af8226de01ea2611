import paginate from './pagination.js';

const paginateRest = async (query, page) => {
  const pageSize = 10;

  page = parseInt(page, 10) || 1;

  const offset = (page - 1) * pageSize;

  return await paginate(query, pageSize, offset);
};

export default paginateRest;
