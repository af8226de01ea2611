import DataLoader from 'dataloader';
import { selectAgentOutputs } from '../postgres/select';

export const foreignKeyLoaderMaker = <T>(key: keyof T, batchFn: (keys: readonly number[]) => Promise<T[]>) => {
  return () =>
    new DataLoader<number, T[]>(async (keys) => {
      const rows = await batchFn(keys);
      return keys.map((k) => rows.filter((row) => row[key] === (k as unknown)));
    });
};

export const outputsByLeadId = foreignKeyLoaderMaker('lead_id', (leadIds: readonly number[]) => {
  return selectAgentOutputs().where('lead_id', 'in', leadIds).orderBy('created_at', 'desc').execute(); // expect-also: [ky39c]
});
