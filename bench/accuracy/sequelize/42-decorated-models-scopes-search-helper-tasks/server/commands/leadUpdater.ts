import type { Transaction } from "sequelize";
import type Lead from "@server/models/Lead";

type Props = {
  lead: Lead;
  status?: string;
  company?: string;
  transaction?: Transaction;
};

/**
 * Updates a lead and saves it.
 */
export default async function leadUpdater({ lead, status, company, transaction }: Props): Promise<Lead> {
  if (status !== undefined) {
    lead.status = status;
  }
  if (company !== undefined) {
    lead.company = company;
  }

  if (!lead.changed()) {
    return lead;
  }

  await lead.save({ transaction }); // expect: scans-all [sq42e]
  return lead;
}
