import AgentOutputs from './agent-outputs.js';
import Campaigns from './campaigns.js';
import Leads from './leads.js';

/**
 * Models is a data-access-layer: any direct use of sequelize is limited to these classes.
 */
class Models {
  constructor(sequelizeDb, config) {
    this.sequelizeDb = sequelizeDb;
    this.agentOutputs = new AgentOutputs(sequelizeDb, config);
    this.campaigns = new Campaigns(sequelizeDb, config);
    this.leads = new Leads(sequelizeDb, config);
  }
}

export default Models;
