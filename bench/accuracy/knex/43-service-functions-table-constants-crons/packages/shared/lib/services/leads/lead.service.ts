import db from '@nangohq/database';
import type { AgentOutput, Lead } from '../../models/Lead.js';

const LEADS_TABLE = 'leads';
const OUTPUTS_TABLE = 'agent_outputs';

export const getLatestLead = async (user_id: number): Promise<Lead | null> => {
    const result = await db.knex.from<Lead>(LEADS_TABLE).select('*').where({ user_id }).orderBy('created_at', 'desc').first(); // expect: scans-all [kx43a]

    return result || null;
};

export const getLeadsCreatedBetween = async ({ user_id, from, to }: { user_id: number; from: Date; to: Date }): Promise<Lead[]> => {
    return await db.readOnly
        .from<Lead>(LEADS_TABLE)
        .select('id', 'email', 'status', 'created_at')
        .where({ user_id })
        .where('created_at', '>=', from.toISOString())
        .where('created_at', '<', to.toISOString())
        .orderBy('created_at', 'asc'); // expect: prunes [kx43b]
};

export const updateLeadStatus = async (id: number, status: string): Promise<Lead | null> => {
    const [lead] = await db.knex
        .from<Lead>(LEADS_TABLE)
        .where({ id })
        .update({
            status
        })
        .returning('*'); // expect: scans-all [kx43c]
    return lead || null;
};

/**
 * Update the output body
 * @desc lock the row, then merge the incoming body into the stored one
 */
export const appendOutputBody = async (id: number, created_at: Date, body: string): Promise<AgentOutput> => {
    return await db.knex.transaction(async (trx) => {
        const row = await trx.from<AgentOutput>(OUTPUTS_TABLE).select<Pick<AgentOutput, 'body'>>('body').forUpdate().where({ id, created_at }).first(); // expect: prunes [kx43d]
        if (!row) {
            throw new Error('Failed to query agent output');
        }

        const [updatedRow] = await trx
            .from<AgentOutput>(OUTPUTS_TABLE)
            .where({ id, created_at })
            .update({
                body: `${row.body ?? ''}${body}`
            })
            .returning('*'); // expect: prunes [kx43e]

        return updatedRow as AgentOutput;
    });
};

export async function hardDeleteOutputs({ leadId, limit }: { leadId: number; limit: number }): Promise<number> {
    return db.knex
        .from<AgentOutput>(OUTPUTS_TABLE)
        .delete()
        .whereIn('id', function (sub) {
            sub.select('id').from<AgentOutput>(OUTPUTS_TABLE).where({ lead_id: leadId }).limit(limit);
        }); // expect: scans-all [kx43f]
}

export async function deleteOutputsByDate({ deleteOutputsOlderThan, limit }: { deleteOutputsOlderThan: number; limit: number }): Promise<number> {
    const dateThreshold = new Date();
    dateThreshold.setDate(dateThreshold.getDate() - deleteOutputsOlderThan);

    return db.knex
        .from<AgentOutput>(OUTPUTS_TABLE)
        .delete()
        .whereIn('id', function (sub) {
            sub.select('id').from<AgentOutput>(OUTPUTS_TABLE).where('created_at', '<=', dateThreshold.toISOString()).limit(limit);
        }); // expect: scans-all [kx43g]
}

export function deleteLeadsByDate({ olderThan }: { olderThan: Date }) {
    return db.knex.from<Lead>(LEADS_TABLE).where('created_at', '<', olderThan.toISOString()).delete();
}
