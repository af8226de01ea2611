import "server-only";
import { Prisma } from "@prisma/client";
import { cache as reactCache } from "react";
import { z } from "zod";
import { prisma } from "@formbricks/database";
import { DatabaseError, ResourceNotFoundError } from "@formbricks/types/errors";
import { validateInputs } from "../utils/validate";
import { leadSelection } from "./selection";
import { TLeadFilterCriteria, buildWhereClause } from "./utils";

export const getLead = reactCache(async (leadId: bigint) => {
  validateInputs([leadId, z.bigint()]);

  try {
    const lead = await prisma.lead.findFirst({
      where: {
        id: leadId,
      },
      select: leadSelection,
    }); // expect: scans-all [pr44a]

    return lead;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      throw new DatabaseError(error.message);
    }

    throw error;
  }
});

export const getLeadsByUserId = reactCache(
  async (userId: bigint, limit?: number, offset?: number, filterCriteria?: TLeadFilterCriteria) => {
    validateInputs([userId, z.bigint()], [limit, z.number().optional()], [offset, z.number().optional()]);

    try {
      const leads = await prisma.lead.findMany({
        where: {
          userId,
          ...buildWhereClause(filterCriteria),
        },
        select: leadSelection,
        orderBy: [
          {
            createdAt: "desc",
          },
        ],
        take: limit ? limit : undefined,
        skip: offset ? offset : undefined,
      }); // expect: scans-all [pr44b] cross

      return leads;
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError) {
        throw new DatabaseError(error.message);
      }

      throw error;
    }
  }
);

export const getLeadCountByUserId = reactCache(async (userId: bigint): Promise<number> => {
  validateInputs([userId, z.bigint()]);

  try {
    const leadCount = await prisma.lead.count({
      where: {
        userId,
      },
    }); // expect: scans-all [pr44c]
    return leadCount;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      throw new DatabaseError(error.message);
    }

    throw error;
  }
});

export const updateLead = async (leadId: bigint, createdAt: Date, data: Prisma.LeadUpdateInput) => {
  try {
    const lead = await prisma.lead.update({
      where: {
        id_createdAt: { id: leadId, createdAt },
      },
      data,
      select: leadSelection,
    }); // expect: prunes [pr44d]

    return lead;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      throw new DatabaseError(error.message);
    }

    throw error;
  }
};

export const deleteLead = async (leadId: bigint) => {
  try {
    const { count } = await prisma.lead.deleteMany({
      where: {
        id: leadId,
      },
    }); // expect: scans-all [pr44e]
    if (count === 0) {
      throw new ResourceNotFoundError("Lead", String(leadId));
    }
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      throw new DatabaseError(error.message);
    }

    throw error;
  }
};

export const getLeadsForSummary = reactCache(async (userId: bigint, since: Date) => {
  try {
    return await prisma.lead.findMany({
      where: {
        userId,
        ...buildWhereClause({ createdAt: { min: since } }),
      },
      select: leadSelection,
      orderBy: { createdAt: "desc" },
    }); // expect: prunes [pr44f] cross
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      throw new DatabaseError(error.message);
    }

    throw error;
  }
});
