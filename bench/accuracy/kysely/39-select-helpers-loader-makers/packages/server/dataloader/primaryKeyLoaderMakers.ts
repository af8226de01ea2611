import DataLoader from 'dataloader';
import { selectLeads } from '../postgres/select';

type Row = { id: number };

/** A loader maker: the batch function gets every key requested in one tick. */
export const primaryKeyLoaderMaker = <T extends Row>(batchFn: (ids: readonly number[]) => Promise<T[]>) => {
  return () =>
    new DataLoader<number, T | null>(async (ids) => {
      const rows = await batchFn(ids);
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    });
};

export const leads = primaryKeyLoaderMaker((ids: readonly number[]) => {
  return selectLeads().where('id', 'in', ids).execute(); // expect-also: [ky39b]
});
