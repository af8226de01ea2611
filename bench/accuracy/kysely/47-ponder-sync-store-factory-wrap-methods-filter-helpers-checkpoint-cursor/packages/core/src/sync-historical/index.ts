import type { SyncStore } from '../sync-store/index.js';
import type { LeadFilter } from '../sync-store/filter.js';

// Walks the leads of a filter checkpoint by checkpoint and loads their outputs, like Ponder's historical sync.
export const createHistoricalSync = ({ syncStore }: { syncStore: SyncStore }) => ({
  async *leads(filter: LeadFilter, start: { createdAt: Date; id: string }) {
    let checkpoint = start;
    for (;;) {
      const page = await syncStore.getLeadsAfter({ filter, checkpoint, limit: 500 });
      if (page.length === 0) return;
      const outputs = await syncStore.getOutputsSince(
        page.map((lead) => lead.id),
        checkpoint.createdAt,
      );
      yield { page, outputs };
      const last = page[page.length - 1]!;
      checkpoint = { createdAt: last.created_at, id: last.id };
    }
  },
});
