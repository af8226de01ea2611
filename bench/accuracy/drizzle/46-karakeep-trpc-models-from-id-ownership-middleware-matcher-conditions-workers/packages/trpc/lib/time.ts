const DAY_MS = 24 * 60 * 60 * 1000;

export const sinceDays = (days: number): Date => new Date(Date.now() - days * DAY_MS);
