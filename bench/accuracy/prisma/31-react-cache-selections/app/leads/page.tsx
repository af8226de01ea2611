import { getLeadCountByUserId, getLeads } from '../../lib/lead/service';

export default async function LeadsPage({ searchParams }: { searchParams: { user: string } }) {
  const userId = BigInt(searchParams.user);
  const since = new Date(Date.now() - 30 * 86_400_000);
  const [count, leads] = await Promise.all([getLeadCountByUserId(userId), getLeads(userId, since, 20, 0)]);
  return (
    <main>
      <h1>{count} leads</h1>
      <ul>{leads.map((l) => <li key={String(l.id)}>{l.email}</li>)}</ul>
    </main>
  );
}
