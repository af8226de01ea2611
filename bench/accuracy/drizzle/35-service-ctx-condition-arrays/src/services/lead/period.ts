export type LeadListPeriod = '1d' | '7d' | '14d';

export function periodToSince(period: LeadListPeriod): Date {
  const day = 24 * 60 * 60 * 1000;
  const now = Date.now();
  switch (period) {
    case '1d':
      return new Date(now - 1 * day);
    case '7d':
      return new Date(now - 7 * day);
    case '14d':
      return new Date(now - 14 * day);
  }
}
