import { Prisma } from '@prisma/client';

export const leadSimpleSelect = Prisma.validator<Prisma.LeadSelect>()({
  id: true,
  company: true,
  email: true,
  status: true,
  createdAt: true,
});

export const campaignSelect = Prisma.validator<Prisma.CampaignSelect>()({
  id: true,
  name: true,
  archived: true,
});
