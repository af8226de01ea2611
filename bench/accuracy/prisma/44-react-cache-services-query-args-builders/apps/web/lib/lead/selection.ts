import { Prisma } from "@prisma/client";

export const leadSelection = {
  id: true,
  createdAt: true,
  userId: true,
  campaignId: true,
  company: true,
  email: true,
  status: true,
} satisfies Prisma.LeadSelect;
