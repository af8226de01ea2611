import type { Transaction } from "sequelize";
import AgentOutput from "@server/models/AgentOutput";
import type Lead from "@server/models/Lead";

export default async function leadDestroyer({ lead, transaction }: { lead: Lead; transaction?: Transaction }) {
  await AgentOutput.destroy({
    where: { leadId: lead.id },
    transaction,
  }); // expect: scans-all [sq42f]
}
