// The reporting season starts on the first day of the current quarter.
export const startOfSeason = (now = new Date()) => new Date(now.getFullYear(), Math.floor(now.getMonth() / 3) * 3, 1);
