export interface Connection<T> {
  edges: T[];
  pageInfo: { hasNextPage: boolean; totalCount: number };
}

/** Turns an Objection `range()` result into a GraphQL connection. */
export function paginateResult<T>({ result, first, after }: { result: { results: T[]; total: number }; first: number; after: number }): Connection<T> {
  return { edges: result.results, pageInfo: { hasNextPage: after + first < result.total, totalCount: result.total } };
}
