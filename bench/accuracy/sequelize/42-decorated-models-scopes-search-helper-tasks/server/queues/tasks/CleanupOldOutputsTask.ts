import { subDays } from "date-fns";
import { Op } from "sequelize";
import Logger from "@server/logging/Logger";
import AgentOutput from "@server/models/AgentOutput";
import BaseTask, { TaskPriority, TaskSchedule } from "./BaseTask";

export default class CleanupOldOutputsTask extends BaseTask<Record<string, never>> {
  static cron = TaskSchedule.Hour;

  public async perform() {
    const retentionDays = 90;
    const cutoffDate = subDays(new Date(), retentionDays);
    let totalDeleted = 0;

    try {
      await AgentOutput.findAllInBatches<AgentOutput>(
        {
          attributes: ["id"],
          where: {
            createdAt: {
              [Op.lt]: cutoffDate,
            },
          },
          batchLimit: 1000,
          totalLimit: 100000,
          order: [["createdAt", "ASC"]],
        },
        async (outputs) => {
          totalDeleted += await AgentOutput.destroy({
            where: {
              id: {
                [Op.in]: outputs.map((output) => output.id),
              },
            },
          }); // expect: scans-all [sq42g]
        }
      );
    } finally {
      if (totalDeleted > 0) {
        Logger.info("task", `Deleted old agent outputs`, { totalDeleted });
      }
    }
  }

  public get options() {
    return {
      attempts: 1,
      priority: TaskPriority.Background,
    };
  }
}
