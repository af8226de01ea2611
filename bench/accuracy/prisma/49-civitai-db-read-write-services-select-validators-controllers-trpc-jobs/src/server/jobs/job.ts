export type Job = { name: string; cron: string; run: () => Promise<unknown> };

export const createJob = (name: string, cron: string, fn: () => Promise<unknown>): Job => ({ name, cron, run: fn });
