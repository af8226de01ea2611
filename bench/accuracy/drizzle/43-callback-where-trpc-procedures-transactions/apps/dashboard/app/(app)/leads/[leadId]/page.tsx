import { getAuth } from '@/lib/auth';
import { db } from '@/lib/db';
import { findLeadsInRange, getLeadForUser } from '@/lib/leads';
import { notFound } from 'next/navigation';

export const dynamic = 'force-dynamic';

type Props = {
  params: { leadId: string };
  searchParams: { month?: string };
};

export default async function LeadPage({ params, searchParams }: Props) {
  const { userId } = await getAuth();
  const lead = await getLeadForUser(db, { leadId: Number(params.leadId), userId }); // expect: scans-all [dz43j] cross
  if (!lead) {
    return notFound();
  }

  const start = new Date(`${searchParams.month ?? new Date().toISOString().slice(0, 7)}-01T00:00:00Z`);
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  const sameMonth = await findLeadsInRange(db, { userId, start, end }); // expect: prunes [dz43k] cross

  return (
    <div>
      <h1>{lead.company}</h1>
      <ul>
        {sameMonth.map((l) => (
          <li key={l.id}>{l.company}</li>
        ))}
      </ul>
    </div>
  );
}
