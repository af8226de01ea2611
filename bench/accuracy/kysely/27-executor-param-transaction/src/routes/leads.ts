import { db } from '../db';
import { leadById, outputsOf } from '../db/queries';

export async function loader({ params }: { params: { id: string } }) {
  const lead = await leadById(db, Number(params.id)).executeTakeFirst(); // expect: scans-all [ky27a] cross
  return { lead };
}

export async function loaderWithKey({ params }: { params: { id: string; at: string } }) {
  const lead = await leadById(db, Number(params.id), new Date(params.at)).executeTakeFirstOrThrow(); // expect: prunes [ky27b] cross
  return { lead };
}

export async function closeLead(id: number, createdAt: Date) {
  return db.transaction().execute(async (trx) => {
    const outputs = await outputsOf(trx, id).where('created_at', '>=', createdAt).execute(); // expect: prunes [ky27c] cross
    await trx.updateTable('leads').set({ status: 'closed' }).where('id', '=', id).execute(); // expect: scans-all [ky27d]
    return outputs.length;
  });
}
