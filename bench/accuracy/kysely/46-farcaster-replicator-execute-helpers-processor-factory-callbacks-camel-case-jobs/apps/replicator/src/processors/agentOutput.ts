import type { Selectable } from 'kysely';
import { execute, executeTakeFirst, executeTakeFirstOrThrow, type AgentOutputRow } from '../db';
import { buildAddRemoveProcessor } from '../messageProcessor';

const REMOVE_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

const { processAdd, processRemove } = buildAddRemoveProcessor<Selectable<AgentOutputRow>>({
  async getDerivedRow(event, trx) {
    return await executeTakeFirst(
      trx.selectFrom('agentOutputs').select(['id', 'kind']).where('leadId', '=', event.leadId).where('kind', '=', event.kind ?? 'summary'),
    ); // expect: scans-all [ky46d] cross
  },
  async deleteDerivedRow(event, trx) {
    return await execute(
      trx
        .deleteFrom('agentOutputs')
        .where('leadId', '=', event.leadId)
        .where('createdAt', '>=', new Date(event.createdAt.getTime() - REMOVE_WINDOW_MS)),
    ); // expect: prunes [ky46e] cross
  },
  async mergeDerivedRow(event, _deleted, trx) {
    return await executeTakeFirstOrThrow(
      trx
        .insertInto('agentOutputs')
        .values({ leadId: event.leadId, kind: event.kind ?? 'summary', body: event.body ?? null, createdAt: new Date() })
        .returningAll(),
    );
  },
});

export { processAdd as processAgentOutputAdd, processRemove as processAgentOutputRemove };
