import { NextResponse } from "next/server";
import { withAuth } from "@/utils/middleware";
import { leadSearchWhere, leadWindowWhere } from "@/utils/lead/where";
import prisma from "@/utils/prisma";

const PAGE_SIZE = 20;

export type LeadsResponse = Awaited<ReturnType<typeof getLeads>>;

async function getLeads({ userId, page }: { userId: bigint; page: number }) {
  const [leads, total] = await Promise.all([
    prisma.lead.findMany({
      where: leadWindowWhere(userId),
      orderBy: { createdAt: "desc" },
      take: PAGE_SIZE,
      skip: (page - 1) * PAGE_SIZE,
    }), // expect: prunes [pr46a] cross
    prisma.lead.count({ where: { userId } }), // expect: scans-all [pr46b]
  ]);
  return { leads, totalPages: Math.ceil(total / PAGE_SIZE) };
}

export const GET = withAuth(async (request) => {
  const { searchParams } = new URL(request.url);
  const query = searchParams.get("q");
  if (query) {
    const leads = await prisma.lead.findMany({
      where: leadSearchWhere(request.auth.userId, query),
      take: PAGE_SIZE,
    }); // expect: scans-all [pr46o] cross
    return NextResponse.json({ leads, totalPages: 1 });
  }
  const page = Number(searchParams.get("page") ?? "1");
  return NextResponse.json(await getLeads({ userId: request.auth.userId, page }));
});
