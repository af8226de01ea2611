import { agentOutputService } from '../agent-output/agent-output.service'

const RETENTION_DAYS = 30

// The daily system job that trims run logs.
export const outputCleanupHandler = {
    jobName: 'output-cleanup',
    async handle(): Promise<void> {
        const cutoff = new Date(Date.now() - RETENTION_DAYS * 24 * 60 * 60 * 1000)
        await agentOutputService.deleteOlderThan(cutoff)
    },
}
