import { TRPCError } from '@trpc/server';
import type { Context } from '../createContext';
import { leadSimpleSelect } from '../selectors/lead.selector';
import { deleteLeadById, getLeadById, getLeadOutputs, getLeadsPaged, type GetLeadsInput, updateLeadStatus } from '../services/lead.service';
import { throwDbError, throwNotFoundError } from '../utils/errorHandling';

export const getLeadHandler = async ({ input, ctx }: { input: { id: bigint }; ctx: Context }) => {
  try {
    const lead = await getLeadById({ id: input.id, select: leadSimpleSelect }); // expect: scans-all [pr49a] cross
    if (!lead) throw throwNotFoundError(`No lead with id ${input.id}`);
    return lead;
  } catch (error) {
    if (error instanceof TRPCError) throw error;
    throw throwDbError(error);
  }
};

export const getLeadsPagedHandler = async ({ input, ctx }: { input: Omit<GetLeadsInput, 'userId'>; ctx: Context }) => {
  try {
    return await getLeadsPaged({ input: { ...input, userId: ctx.user.id }, select: leadSimpleSelect });
  } catch (error) {
    throw throwDbError(error);
  }
};

export const updateLeadStatusHandler = async ({ input }: { input: { id: bigint; createdAt: Date; status: string } }) => {
  try {
    return await updateLeadStatus(input);
  } catch (error) {
    throw throwDbError(error);
  }
};

export const deleteLeadHandler = async ({ input, ctx }: { input: { id: bigint }; ctx: Context }) => {
  try {
    const deleted = await deleteLeadById({ id: input.id, userId: ctx.user.id });
    if (!deleted) throw throwNotFoundError(`No lead with id ${input.id}`);
    return deleted;
  } catch (error) {
    if (error instanceof TRPCError) throw error;
    throw throwDbError(error);
  }
};

export const getLeadOutputsHandler = async ({ input }: { input: { leadId: bigint; limit: number; page?: number } }) => {
  try {
    return await getLeadOutputs(input);
  } catch (error) {
    throw throwDbError(error);
  }
};
