export type Interval = '24h' | '7d' | '30d' | '90d';

export const INTERVAL_DAYS: Record<Interval, number> = { '24h': 1, '7d': 7, '30d': 30, '90d': 90 };

export const intervalStart = (interval: Interval) => new Date(Date.now() - INTERVAL_DAYS[interval] * 86_400_000);
