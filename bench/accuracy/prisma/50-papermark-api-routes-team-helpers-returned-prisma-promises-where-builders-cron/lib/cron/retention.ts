import prisma from "@/lib/prisma";

const RETENTION_DAYS = 365;

export function pruneOldOutputs() {
  return prisma.agentOutput.deleteMany({
    where: { createdAt: { lt: new Date(Date.now() - RETENTION_DAYS * 24 * 60 * 60 * 1000) } },
  });
}

export function verifySignature(req: Request) {
  return req.headers.get("authorization") === `Bearer ${process.env.CRON_SECRET}`;
}
