import type { Selectable } from 'kysely';
import { jsonObjectFrom } from 'kysely/helpers/postgres';
import { execute, executeTakeFirst, executeTakeFirstOrThrow, type LeadRow } from '../db';
import { buildAddRemoveProcessor } from '../messageProcessor';

class ProcessingBlockedError extends Error {}

const { processAdd, processRemove } = buildAddRemoveProcessor<Selectable<LeadRow>>({
  async getDerivedRow(event, trx) {
    return await executeTakeFirst(
      trx.selectFrom('leads').selectAll().where('id', '=', event.leadId).where('createdAt', '=', event.createdAt),
    ); // expect: prunes [ky46a] cross
  },
  async deleteDerivedRow(event, trx) {
    return await executeTakeFirstOrThrow(
      trx.updateTable('leads').where('id', '=', event.leadId).set({ status: 'removed' }).returningAll(),
    ); // expect: scans-all [ky46b] cross
  },
  async mergeDerivedRow(event, deleted, trx) {
    if (event.campaignId) {
      const { userExists, campaign } = await executeTakeFirstOrThrow(
        trx.selectNoFrom(({ eb, fn, selectFrom }) => [
          eb(selectFrom('users').select(fn.countAll().as('count')).where('id', '=', event.userId), '>', 0).as('userExists'),
          jsonObjectFrom(eb.selectFrom('campaigns').select(['id', 'name']).where('id', '=', event.campaignId!)).as('campaign'),
        ]),
        () => new Error('No result'),
      ); // expect: scans-all [ky46n] cross
      if (!userExists || !campaign) throw new ProcessingBlockedError(`Campaign ${event.campaignId} has not yet been seen`);
    }
    return await executeTakeFirstOrThrow(
      trx
        .insertInto('leads')
        .values({
          userId: event.userId,
          campaignId: event.campaignId,
          company: 'unknown',
          email: 'unknown',
          status: deleted ? 'removed' : event.status,
          createdAt: event.createdAt,
        })
        .returningAll(),
    );
  },
  async onAdd({ data, trx }) {
    if (data.campaignId) {
      await execute(
        trx.updateTable('campaigns').set({ archived: false }).where('id', '=', data.campaignId).where('userId', '=', data.userId),
      ); // expect: prunes [ky46c] cross
    }
  },
});

export { processAdd as processLeadAdd, processRemove as processLeadRemove };
