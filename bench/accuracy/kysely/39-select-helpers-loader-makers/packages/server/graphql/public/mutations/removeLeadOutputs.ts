import getKysely from '../../../postgres/getKysely';

const removeLeadOutputs = async (_source: unknown, { leadIds }: { leadIds: number[] }) => {
  const pg = getKysely();
  await pg.deleteFrom('agent_outputs').where('lead_id', 'in', leadIds).execute(); // expect: scans-all [ky39f]
  return { leadIds };
};

export default removeLeadOutputs;
