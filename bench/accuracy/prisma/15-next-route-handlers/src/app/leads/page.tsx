import { prisma } from '@/lib/prisma';

export default async function LeadsPage() {
  const since = new Date(Date.now() - 7 * 86_400_000);
  const leads = await prisma.lead.findMany({ where: { createdAt: { gte: since } }, orderBy: { createdAt: 'desc' } }); // expect: prunes [pr15c]
  return (
    <ul>
      {leads.map((l) => (
        <li key={String(l.id)}>{l.email}</li>
      ))}
    </ul>
  );
}
