import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

export type Workspace = { id: bigint; billingCycleStart: number; leadsLimit: number };

type Handler = (ctx: {
  req: Request;
  params: Record<string, string>;
  searchParams: Record<string, string>;
  workspace: Workspace;
}) => Promise<Response>;

const billingCycleStartDate = (billingCycleStart: number) => {
  const now = new Date();
  const start = new Date(now.getFullYear(), now.getMonth(), billingCycleStart);
  return start > now ? new Date(now.getFullYear(), now.getMonth() - 1, billingCycleStart) : start;
};

export const throwIfLeadsUsageExceeded = async (workspace: Workspace) => {
  const usage = await prisma.lead.count({
    where: { userId: workspace.id, createdAt: { gte: billingCycleStartDate(workspace.billingCycleStart) } },
  }); // expect: prunes [pr47n]
  if (usage >= workspace.leadsLimit) throw new Error('exceeded_limit');
};

export const withWorkspace =
  (handler: Handler, { checkUsage = false }: { checkUsage?: boolean } = {}) =>
  async (req: Request, { params }: { params: Promise<Record<string, string>> }) => {
    const workspace: Workspace = { id: BigInt(req.headers.get('x-workspace-id') ?? '0'), billingCycleStart: 1, leadsLimit: 1000 };
    if (checkUsage) await throwIfLeadsUsageExceeded(workspace);
    const searchParams = Object.fromEntries(new URL(req.url).searchParams);
    try {
      return await handler({ req, params: await params, searchParams, workspace });
    } catch (error) {
      return NextResponse.json({ error: String(error) }, { status: 500 });
    }
  };
