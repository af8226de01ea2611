"use server";

import { z } from "zod";
import { actionClient } from "@/utils/actions/safe-action";
import { leadWindowWhere } from "@/utils/lead/where";
import prisma from "@/utils/prisma";

export const updateLeadStatusAction = actionClient
  .metadata({ name: "updateLeadStatus" })
  .schema(z.object({ id: z.bigint(), createdAt: z.date(), status: z.string() }))
  .action(async ({ parsedInput: { id, createdAt, status } }) => {
    await prisma.lead.update({
      where: { id_createdAt: { id, createdAt } },
      data: { status },
    }); // expect: prunes [pr46e]
  });

export const deleteLeadAction = actionClient
  .metadata({ name: "deleteLead" })
  .schema(z.object({ leadId: z.bigint() }))
  .action(async ({ ctx: { userId }, parsedInput: { leadId } }) => {
    await prisma.lead.deleteMany({ where: { id: leadId, userId } }); // expect: scans-all [pr46f]
  });

export const markStaleLeadsAction = actionClient
  .metadata({ name: "markStaleLeads" })
  .action(async ({ ctx: { userId } }) => {
    const { count } = await prisma.lead.updateMany({
      where: { ...leadWindowWhere(userId, 7), status: "new" },
      data: { status: "stale" },
    }); // expect: prunes [pr46d] cross
    return { count };
  });
