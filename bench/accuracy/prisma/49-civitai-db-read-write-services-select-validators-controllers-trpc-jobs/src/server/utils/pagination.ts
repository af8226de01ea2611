export const DEFAULT_PAGE_SIZE = 20;

export function getPagination(limit: number, page: number | undefined) {
  const take = limit > 0 ? limit : undefined;
  const skip = page && take ? (page - 1) * take : undefined;
  return { take, skip };
}

export function getPagingData<T>(data: { count?: number; items: T[] }, limit?: number, page?: number) {
  const { count: totalItems = 0, items } = data;
  const currentPage = page ?? 1;
  const pageSize = limit ?? totalItems;
  return { items, totalItems, currentPage, pageSize, totalPages: pageSize ? Math.ceil(totalItems / pageSize) : 1 };
}

export enum MetricTimeframe {
  Day = 'Day',
  Week = 'Week',
  Month = 'Month',
  AllTime = 'AllTime',
}

export function decreaseDate(date: Date, value: number, unit: 'day' | 'week' | 'month') {
  const days = unit === 'day' ? value : unit === 'week' ? value * 7 : value * 30;
  return new Date(date.getTime() - days * 24 * 60 * 60 * 1000);
}
