import { Command } from "commander";
import { DataSource } from "typeorm";
import { AgentOutput, Campaign, Lead } from "../entities/Entities";
import { DbMgr, SUPER_USER } from "./DbMgr";

export async function main() {
  const opts = new Command("db pruner")
    .option("-db, --dburi <dburi>", "Database uri", "postgresql://wab@localhost/wab")
    .option("--days <days>", "Keep the outputs of this many days", "180")
    .option("--campaign <campaign>", "Also report on this campaign")
    .parse(process.argv)
    .opts();

  const con = await new DataSource({ type: "postgres", url: opts.dburi, entities: [Lead, AgentOutput, Campaign] }).initialize();

  await con.transaction(async (em) => {
    const db = new DbMgr(em, SUPER_USER);

    await db.deleteOutputsOlderThan(Number(opts.days));

    // Outputs of closed leads go regardless of their age.
    await em.query(`
      DELETE FROM agent_outputs
      WHERE lead_id IN (SELECT id FROM leads WHERE status = 'closed')
    `); // expect: scans-all [to49j]

    if (opts.campaign) {
      const campaign = await db.getCampaignById(opts.campaign);
      process.stdout.write(`Pruned outputs; campaign ${campaign.name} kept\n`);
    }
  });
}

if (require.main === module) {
  void main();
}
