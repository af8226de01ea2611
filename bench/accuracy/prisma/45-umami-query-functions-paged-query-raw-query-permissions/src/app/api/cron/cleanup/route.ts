import { subDays } from 'date-fns';
import { deleteOutputsBefore } from '@/queries';

export async function GET() {
  const result = await deleteOutputsBefore(subDays(new Date(), 90));

  return Response.json({ deleted: result.count });
}
