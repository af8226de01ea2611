import type { DBTransaction } from './db';

export type StoreOperation = 'merge' | 'delete' | 'prune' | 'revoke';

export type LeadEvent = {
  type: 'add' | 'remove';
  leadId: number;
  userId: number;
  campaignId: number | null;
  createdAt: Date;
  status: string;
  kind?: string;
  body?: string;
};

type ProcessorProps<TRow> = {
  getDerivedRow(event: LeadEvent, trx: DBTransaction): Promise<TRow | undefined>;
  deleteDerivedRow(event: LeadEvent, trx: DBTransaction): Promise<unknown>;
  mergeDerivedRow(event: LeadEvent, deleted: boolean, trx: DBTransaction): Promise<TRow>;
  onAdd?(props: { data: TRow; event: LeadEvent; trx: DBTransaction }): Promise<void>;
};

// Shared add/remove bookkeeping; each processor supplies the queries for its own table.
export function buildAddRemoveProcessor<TRow>({ getDerivedRow, deleteDerivedRow, mergeDerivedRow, onAdd }: ProcessorProps<TRow>) {
  return {
    async processAdd(event: LeadEvent, operation: StoreOperation, trx: DBTransaction) {
      const existing = await getDerivedRow(event, trx);
      const deleted = operation === 'delete' || operation === 'prune';
      const data = await mergeDerivedRow(event, deleted, trx);
      if (!existing && onAdd) await onAdd({ data, event, trx });
      return data;
    },
    async processRemove(event: LeadEvent, trx: DBTransaction) {
      return deleteDerivedRow(event, trx);
    },
  };
}
