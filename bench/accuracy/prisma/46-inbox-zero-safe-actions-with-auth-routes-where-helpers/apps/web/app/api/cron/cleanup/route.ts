import { NextResponse } from "next/server";
import prisma from "@/utils/prisma";

const RETENTION_DAYS = 90;

export async function GET(request: Request) {
  if (request.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const cutoff = new Date(Date.now() - RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const { count } = await prisma.agentOutput.deleteMany({ where: { createdAt: { lt: cutoff } } }); // expect: prunes [pr46l]
  return NextResponse.json({ deleted: count });
}
