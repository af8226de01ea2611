const INTERVAL_DAYS: Record<string, number> = { '24h': 1, '7d': 7, '30d': 30, '90d': 90 };

export const getStartEndDates = ({ interval, start, end }: { interval?: string; start?: string; end?: string }) => {
  if (start) {
    return { startDate: new Date(start), endDate: end ? new Date(end) : new Date() };
  }
  const days = INTERVAL_DAYS[interval ?? '30d'] ?? 30;
  return { startDate: new Date(Date.now() - days * 24 * 60 * 60 * 1000), endDate: new Date() };
};
