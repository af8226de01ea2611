import { ScheduledTask } from '../../scheduler/scheduled-task';
import { AgentOutputService } from '../../service/services/agent-output.service';

export const cleanOutputsTask = new ScheduledTask({
    id: 'clean-agent-outputs',
    description: 'Clean agent outputs older than the retention period',
    params: {
        olderThanDays: 90,
    },
    schedule: cron => cron.everyDayAt(3, 0),
    async execute({ injector, params }) {
        const outputService = injector.get(AgentOutputService);
        const removed = await outputService.cleanOld(params.olderThanDays);
        return { removed };
    },
});
