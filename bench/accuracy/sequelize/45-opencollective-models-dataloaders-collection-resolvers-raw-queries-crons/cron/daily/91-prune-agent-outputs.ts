import moment from 'moment';
import models, { Op } from '../../server/models';

const run = async () => {
  const deleted = await models.AgentOutput.destroy({
    where: { createdAt: { [Op.lt]: moment().subtract(90, 'days').toDate() } },
  }); // expect: prunes [sq45m]
  return deleted;
};

export default run;
