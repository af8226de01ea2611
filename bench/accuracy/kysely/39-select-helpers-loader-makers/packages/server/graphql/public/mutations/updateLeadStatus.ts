import getKysely from '../../../postgres/getKysely';

const updateLeadStatus = async (_source: unknown, { leadId, createdAt, status }: { leadId: number; createdAt: Date; status: string }) => {
  const pg = getKysely();
  await pg.updateTable('leads').set({ status }).where('id', '=', leadId).where('created_at', '=', createdAt).execute(); // expect: prunes [ky39d]
  return { leadId };
};

export default updateLeadStatus;
