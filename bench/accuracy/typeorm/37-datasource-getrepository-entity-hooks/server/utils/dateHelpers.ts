import { MoreThan } from 'typeorm';

/** A find-options operator for "in the last n days". */
export const lastNDays = (n: number) => MoreThan(new Date(Date.now() - n * 24 * 60 * 60 * 1000));
