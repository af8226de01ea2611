import { LeadListPresenter } from '../presenters/LeadListPresenter.server';
import { LeadStatsPresenter } from '../presenters/LeadStatsPresenter.server';

type LoaderFunctionArgs = { request: Request };

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const url = new URL(request.url);
  const userId = BigInt(request.headers.get('x-user-id') ?? '0');
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');

  const list = await new LeadListPresenter().call({
    userId,
    statuses: url.searchParams.getAll('status'),
    from: from ? new Date(from) : undefined,
    to: to ? new Date(to) : undefined,
  });
  const stats = await new LeadStatsPresenter().call({ userId, period: url.searchParams.get('period') ?? undefined });

  return Response.json({ list, stats });
};
