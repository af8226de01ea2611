import * as lead from './lead.queries';
import * as stat from './stat.queries';

export default { lead, stat };
