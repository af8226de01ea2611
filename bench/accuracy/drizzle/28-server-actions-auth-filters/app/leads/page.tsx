import { getLeadsWithCampaign, getRecentLeads } from '../../lib/db/queries';

export default async function LeadsPage() {
  const [leads, recent] = await Promise.all([getLeadsWithCampaign(), getRecentLeads()]);
  return (
    <section>
      <h1>{leads.length} leads</h1>
      <p>{recent.length} in the last 30 days</p>
    </section>
  );
}
