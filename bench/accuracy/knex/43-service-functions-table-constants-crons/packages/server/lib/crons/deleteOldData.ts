import { deleteLeadsByDate, deleteOutputsByDate } from '@nangohq/shared';
import { getLogger, metrics } from '@nangohq/utils';
import * as cron from 'node-cron';

const logger = getLogger('Jobs.deleteOldData');

const limit = 1000;
const deleteOutputsOlderThan = 45;
const deleteLeadsOlderThanDays = 400;

export function deleteOldData(): void {
    cron.schedule('*/10 * * * *', async () => {
        const start = Date.now();
        try {
            await exec();
        } catch (err) {
            logger.error('failed to delete old data', err);
        }
        metrics.duration(metrics.Types.JOBS_DELETE_OLD_DATA, Date.now() - start);
    });
}

export async function exec(): Promise<void> {
    logger.info('Starting');

    // Delete in batches until a batch comes back short.
    let count = 0;
    do {
        count = await deleteOutputsByDate({ deleteOutputsOlderThan, limit });
        logger.info(`[old outputs] deleted ${count} rows`);
    } while (count >= limit);

    const olderThan = new Date(Date.now() - deleteLeadsOlderThanDays * 24 * 60 * 60 * 1000);
    const deletedLeads = await deleteLeadsByDate({ olderThan }); // expect: prunes [kx43j] cross
    logger.info(`[old leads] deleted ${deletedLeads} rows`);

    logger.info('Completed');
}
