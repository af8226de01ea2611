import models from '../../../models';

export const fetchLeadWithReference = async (input: { id: number }, { throwIfMissing = false } = {}) => {
  const lead = await models.Lead.findByPk(input.id); // expect: scans-all [sq45j]
  if (!lead && throwIfMissing) throw new Error('Lead Not Found');
  return lead;
};
