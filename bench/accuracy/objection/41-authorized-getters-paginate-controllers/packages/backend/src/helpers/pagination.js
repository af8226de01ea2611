const paginate = async (query, limit, offset) => {
  if (limit < 1 || limit > 100) {
    throw new Error('Limit must be between 1 and 100');
  }

  const [records, count] = await Promise.all([
    query.limit(limit).offset(offset),
    query.resultSize(),
  ]); // expect-also: [ob41a]

  return {
    pageInfo: {
      currentPage: Math.ceil(offset / limit + 1),
      totalPages: Math.ceil(count / limit),
    },
    totalCount: count,
    records,
  };
};

export default paginate;
